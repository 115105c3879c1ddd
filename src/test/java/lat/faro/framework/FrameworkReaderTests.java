package lat.faro.framework;

import static lat.faro.framework.TestFrameworks.BASELINE;
import static lat.faro.framework.TestFrameworks.MODEL;
import static lat.faro.framework.TestFrameworks.bytes;
import static lat.faro.framework.TestFrameworks.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lat.faro.shared.web.FieldProblem;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class FrameworkReaderTests {

    static final String ASPECT_2 = "dimensions[0].factors[0].aspects[1]";

    /** The model with one piece of text replaced; fails if the piece is not in it. */
    static String model(String from, String to) {
        return change(MODEL, from, to);
    }

    static String change(String yaml, String from, String to) {
        assertThat(yaml).as("the test changes text that is there").contains(from);
        return yaml.replace(from, to);
    }

    /** Reads a file that must be refused: no framework, and its problems. */
    static List<FieldProblem> problemsOf(byte[] file) {
        var result = FrameworkReader.read(file, Framework.Origin.UPLOADED);
        assertThat(result.framework()).as("a framework from an invalid file").isNull();
        assertThat(result.problems()).isNotEmpty();
        return result.problems();
    }

    static List<FieldProblem> problemsOf(String yaml) {
        return problemsOf(bytes(yaml));
    }

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertProblems(List<FieldProblem> problems) {
        return assertThat(problems).extracting(p -> tuple(p.field(), p.code(), Arrays.asList(p.args())));
    }

    static Tuple problem(String field, String code, Object... args) {
        return tuple(field, code, Arrays.asList(args));
    }

    @Test
    void readsAValidMaturityModelWithItsStructureInFileOrder() {
        var result = FrameworkReader.read(bytes(MODEL), Framework.Origin.UPLOADED);

        assertThat(result.problems()).isEmpty();
        Framework f = result.framework();
        assertThat(f.ref()).isEqualTo(new FrameworkRef("test-model", "1.0.0"));
        assertThat(f.kind()).isEqualTo(FrameworkKind.MATURITY_MODEL);
        assertThat(f.edition()).isEqualTo("2024");
        assertThat(f.origin()).isEqualTo(Framework.Origin.UPLOADED);
        assertThat(f.name().in("fr")).isEqualTo("Modèle de test");
        assertThat(f.units()).extracting(ScoringUnit::id).containsExactly("D1.1.1", "D1.1.2", "D1.2");
        assertThat(f.factor("D1.1").orElseThrow().hasAspects()).isTrue();
        assertThat(f.factor("D1.2").orElseThrow().hasAspects()).isFalse();
        assertThat(f.unitOf("D1.2-3a")).map(ScoringUnit::id).contains("D1.2");
        assertThat(f.unit("D1.1.2").orElseThrow().atStage(4)).extracting(Indicator::id).containsExactly("D1.1.2-4a");
        assertThat(f.indicators()).hasSize(15);
        assertThat(f.sha256()).isEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(bytes(MODEL)));
    }

    @Test
    void readsAValidControlBaselineWithItsFunctionsAsUnits() {
        var result = FrameworkReader.read(bytes(BASELINE), Framework.Origin.SHIPPED);

        assertThat(result.problems()).isEmpty();
        Framework f = result.framework();
        assertThat(f.isBaseline()).isTrue();
        assertThat(f.edition()).isEmpty();
        assertThat(f.units()).extracting(ScoringUnit::id).containsExactly("GV", "PR");
        assertThat(f.unit("PR").orElseThrow().indicators()).extracting(Indicator::id).containsExactly("PR-01", "PR-02");
        Indicator control = f.indicator("PR-02").orElseThrow();
        assertThat(control.stage()).isZero();
        assertThat(control.name().in("pt")).isEqualTo("Correções");
        assertThat(control.text().in("en")).isEqualTo("Patches are applied.");
    }

    @Test
    void aTextWithoutPortugueseOrFrenchFallsBackToSpanish() {
        Framework f = FrameworkReader.read(bytes(MODEL), Framework.Origin.UPLOADED).framework();

        Texts plain = f.indicator("D1.1.1-1a").orElseThrow().text();
        assertThat(plain.in("pt")).isEqualTo("Hay ideas sueltas.");
        assertThat(plain.in(Locale.FRENCH)).isEqualTo("Hay ideas sueltas.");
        assertThat(plain.languageFor(Locale.FRENCH)).isEqualTo("es");
        assertThat(plain.in(Locale.ENGLISH)).isEqualTo("There are loose ideas.");
        assertThat(plain.exactly("pt")).isNull();

        Texts full = f.indicator("D1.1.1-3a").orElseThrow().text();
        assertThat(full.in(Locale.forLanguageTag("pt"))).isEqualTo("Há uma estratégia.");
        assertThat(full.languageFor(Locale.forLanguageTag("pt"))).isEqualTo("pt");
    }

    @Test
    void refusesAStageAboveFiveAndSaysWhichStageIsThenMissing() {
        var problems = problemsOf(model("{id: D1.1.1-5a, stage: 5,", "{id: D1.1.1-5a, stage: 6,"));

        assertProblems(problems).containsExactly(
                problem("dimensions[0].factors[0].aspects[0].indicators[4].stage", "framework.problem.stage", 6),
                problem("dimensions[0].factors[0].aspects[0]", "framework.problem.stageMissing", 5));
        assertThat(problems.getFirst().line()).isEqualTo(lineOf(MODEL, "D1.1.1-5a"));
    }

    @Test
    void refusesAStageThatIsNotANumber() {
        var problems = problemsOf(model("{id: D1.2-3a, stage: 3,", "{id: D1.2-3a, stage: three,"));

        assertProblems(problems).containsExactly(
                problem("dimensions[0].factors[1].indicators[2].stage", "framework.problem.stage", "three"),
                problem("dimensions[0].factors[1]", "framework.problem.stageMissing", 3));
    }

    @Test
    void refusesADuplicateIdAndSaysWhereTheFirstWas() {
        var problems = problemsOf(model("{id: D1.1.1-2a, stage: 2,", "{id: D1.1.1-1a, stage: 2,"));

        assertProblems(problems).containsExactly(problem("dimensions[0].factors[0].aspects[0].indicators[1].id",
                "framework.problem.duplicateId", "D1.1.1-1a", "dimensions[0].factors[0].aspects[0].indicators[0]"));
        assertThat(problems.getFirst().line()).isEqualTo(lineOf(MODEL, "D1.1.1-2a"));
    }

    @Test
    void refusesAnIndicatorWithoutSpanishText() {
        var problems = problemsOf(model("text: {es: Hay un borrador., en: There is a draft.}", "text: {en: There is a draft.}"));

        assertProblems(problems).containsExactly(problem("dimensions[0].factors[0].aspects[0].indicators[1].text.es",
                "framework.problem.language", "es"));
    }

    @Test
    void refusesAnIndicatorWithoutEnglishText() {
        var problems = problemsOf(model("text: {es: Defensa básica., en: Basic defence.}", "text: {es: Defensa básica., pt: Defesa básica.}"));

        assertProblems(problems).containsExactly(problem("dimensions[0].factors[1].indicators[1].text.en",
                "framework.problem.language", "en"));
    }

    @Test
    void refusesANameWithoutPortuguese() {
        var problems = problemsOf(model("name: {es: Contenido, en: Content, pt: Conteúdo, fr: Contenu}",
                "name: {es: Contenido, en: Content, fr: Contenu}"));

        assertProblems(problems).containsExactly(problem(ASPECT_2 + ".name.pt", "framework.problem.language", "pt"));
    }

    @Test
    void refusesAnAspectWithAStageThatHasNoIndicator() {
        String file = TestFrameworks.modelWithoutTheLineHolding("{id: D1.1.2-3a,");

        var problems = problemsOf(file);

        assertProblems(problems).containsExactly(problem(ASPECT_2, "framework.problem.stageMissing", 3));
        assertThat(problems.getFirst().line()).isEqualTo(lineOf(file, "- id: D1.1.2"));
    }

    @Test
    void refusesAMisspeltKey() {
        var problems = problemsOf(model("fr: Contenu}\n            indicators:", "fr: Contenu}\n            indicatros:"));

        assertProblems(problems).containsExactly(
                problem(ASPECT_2 + ".indicatros", "framework.problem.unknownKey", "indicatros"),
                problem(ASPECT_2, "framework.problem.missing", "indicators"));
    }

    @Test
    void refusesAKeyGivenTwice() {
        String file = model("edition: \"2024\"\n", "edition: \"2024\"\nedition: \"2025\"\n");

        var problems = problemsOf(file);

        assertProblems(problems).containsExactly(problem("edition", "framework.problem.duplicateKey", "edition"));
        assertThat(problems.getFirst().line()).isEqualTo(lineOf(file, "2025"));
    }

    @Test
    void refusesAnIdThatDoesNotNestUnderItsParent() {
        var problems = problemsOf(model("{id: D1.1.1-1a,", "{id: D1.1.9-1a,"));

        assertProblems(problems).containsExactly(problem("dimensions[0].factors[0].aspects[0].indicators[0].id",
                "framework.problem.idNesting", "D1.1.9-1a", "D1.1.1-"));
    }

    @Test
    void refusesAFactorWithBothAspectsAndIndicators() {
        var problems = problemsOf(model("fr: Stratégie}\n        aspects:", """
                fr: Stratégie}
                        indicators:
                          - {id: D1.1-1a, stage: 1, text: {es: Algo., en: Something.}}
                        aspects:"""));

        assertProblems(problems).containsExactly(problem("dimensions[0].factors[0]", "framework.problem.aspectsAndIndicators"));
    }

    @Test
    void refusesFactorsInABaseline() {
        var problems = problemsOf(change(BASELINE, "fr: Gouverner}\n", """
                fr: Gouverner}
                    factors:
                      - id: GV.1
                        name: {es: Un factor, en: A factor, pt: Um fator, fr: Un facteur}
                """));

        assertProblems(problems).containsExactly(problem("dimensions[0].factors", "framework.problem.factorsInBaseline"));
    }

    @Test
    void refusesASchemaOtherThanOne() {
        assertProblems(problemsOf(model("schema: 1", "schema: 2")))
                .containsExactly(problem("schema", "framework.problem.schema", 2));
    }

    @Test
    void refusesAnUnquotedVersionThatYamlReadsAsANumber() {
        assertProblems(problemsOf(model("version: \"1.0.0\"", "version: 1.0")))
                .containsExactly(problem("version", "framework.problem.versionShape", "1.0"));
    }

    @Test
    void refusesAnUnknownKind() {
        assertProblems(problemsOf(model("kind: maturity-model", "kind: maturity")))
                .containsExactly(problem("kind", "framework.problem.kind", "maturity"));
    }

    @Test
    void refusesYamlAnchorsAndAliases() {
        String file = model("name: {es: Modelo de prueba,", "name: &n {es: Modelo de prueba,");
        file = change(file, "name: {es: Política, en: Policy, pt: Política, fr: Politique}", "name: *n");

        assertProblems(problemsOf(file)).containsExactly(
                problem("name", "framework.problem.anchor"),
                problem("dimensions[0].name", "framework.problem.anchor"));
    }

    @Test
    void refusesACustomTagWithoutBuildingAnything() {
        var problems = problemsOf(model("description: {es: Un modelo pequeño para las pruebas., en: A small model for the tests.}",
                "description: !!python/object/apply:os.system [\"echo owned\"]"));

        assertProblems(problems).containsExactly(problem("description", "framework.problem.tag",
                "tag:yaml.org,2002:python/object/apply:os.system"));
    }

    @Test
    void refusesALocalTagAndATaggedKey() {
        String file = model("kind: maturity-model", "kind: !kind maturity-model\n!note edition2: x");

        assertProblems(problemsOf(file)).containsExactlyInAnyOrder(
                problem("kind", "framework.problem.tag", "!kind"),
                problem("edition2", "framework.problem.tag", "!note"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        assertProblems(problemsOf(MODEL.getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly(problem("file", "framework.problem.notUtf8"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertProblems(problemsOf(new byte[0])).containsExactly(problem("file", "framework.problem.empty"));
        assertProblems(problemsOf("  \n# only a comment\n")).containsExactly(problem("file", "framework.problem.empty"));
    }

    @Test
    void refusesMalformedYamlNamingTheLine() {
        var problems = problemsOf("""
                schema: 1
                id: test-model
                  version: "1.0.0"
                kind: maturity-model
                """);

        assertProblems(problems).containsExactly(problem("file", "framework.problem.syntax", 3, 10));
        assertThat(problems.getFirst().line()).isEqualTo(3);
    }

    @Test
    void refusesAFileOverTwoMegabytes() {
        byte[] file = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(file, (byte) '#');

        assertProblems(problemsOf(file)).containsExactly(problem("file", "framework.problem.tooLarge", 2));
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        String file = model("kind: maturity-model", "kind: maturity-model\nauthor: someone");
        file = change(file, "{id: D1.1.1-5a, stage: 5,", "{id: D1.1.1-5a, stage: 6,");
        file = change(file, "text: {es: Hay un borrador., en: There is a draft.}", "text: {en: There is a draft.}");
        file = change(file, "name: {es: Defensa, en: Defence, pt: Defesa, fr: Défense}", "name: {es: Defensa, en: Defence}");

        assertProblems(problemsOf(file)).containsExactlyInAnyOrder(
                problem("author", "framework.problem.unknownKey", "author"),
                problem("dimensions[0].factors[0].aspects[0].indicators[1].text.es", "framework.problem.language", "es"),
                problem("dimensions[0].factors[0].aspects[0].indicators[4].stage", "framework.problem.stage", 6),
                problem("dimensions[0].factors[0].aspects[0]", "framework.problem.stageMissing", 5),
                problem("dimensions[0].factors[1].name.pt", "framework.problem.language", "pt"),
                problem("dimensions[0].factors[1].name.fr", "framework.problem.language", "fr"));
    }
}
