package lat.faro.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundle and template checks catch planted mistakes, so that a clean run means something. */
class I18nChecksTests {

    private static final String GOOD = """
            # comment
            a.title=Título
            a.count=Hay {0} países
            """;

    @Test
    void acceptsACompleteBundle() {
        assertThat(BundleCheck.check("sample", bundle(GOOD, GOOD, GOOD, GOOD))).isEmpty();
    }

    @Test
    void namesTheMissingFileAndTheMissingKeys() {
        var files = bundle(GOOD, GOOD + "a.extra=Extra\n", GOOD.replace("a.title=Título\n", ""), null);

        assertThat(BundleCheck.check("sample", files)).containsExactlyInAnyOrder(
                "i18n/sample_fr.properties: missing (every bundle needs es, en, pt, fr)",
                "i18n/sample_es.properties: lacks key 'a.extra' (present in en line 4)",
                "i18n/sample_pt.properties: lacks key 'a.extra' (present in en line 4)",
                "i18n/sample_pt.properties: lacks key 'a.title' (present in es line 2, en line 2)");
    }

    @Test
    void rejectsBlankValuesAndRepeatedKeys() {
        var files = bundle(GOOD, GOOD.replace("a.title=Título", "a.title=   "), GOOD, GOOD + "a.title=Titre\n");

        assertThat(BundleCheck.check("sample", files)).containsExactlyInAnyOrder(
                "i18n/sample_en.properties:2: key 'a.title' has a blank value",
                "i18n/sample_fr.properties:4: key 'a.title' repeats line 2 (the later value silently wins)");
    }

    @Test
    void rejectsPlaceholdersThatDifferFromSpanish() {
        var files = bundle(GOOD, GOOD.replace("{0}", "{1}"), GOOD.replace("Hay {0} países", "Países"), GOOD);

        assertThat(BundleCheck.check("sample", files)).containsExactlyInAnyOrder(
                "i18n/sample_en.properties:3: key 'a.count' has placeholders [{1}] but es has [{0}]",
                "i18n/sample_pt.properties:3: key 'a.count' has placeholders [] but es has [{0}]");
    }

    @Test
    void rejectsMojibakeInvalidUtf8AndSwallowedApostrophes() {
        var files = new LinkedHashMap<String, byte[]>(bundle(GOOD, GOOD, GOOD.replace("Título", "T\u00c3\u00adtulo"),
                GOOD.replace("Hay {0} países", "L'{0} pays")));
        files.put("en", GOOD.replace("Título", "T\u00edtulo").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(BundleCheck.check("sample", files)).containsExactlyInAnyOrder(
                "i18n/sample_en.properties:2: not valid UTF-8 (saved as Latin-1 or Windows-1252?)",
                "i18n/sample_pt.properties:2: key 'a.title' holds mojibake \"Ã\u00ad\" (UTF-8 read as Latin-1): TÃ\u00adtulo",
                "i18n/sample_fr.properties:3: key 'a.count' has placeholders and a single ' which MessageFormat"
                        + " swallows; write '' or the typographic ’: L'{0} pays");
    }

    @Test
    void findsHardCodedTextAndAttributesWithTheirLines() {
        String template = """
                <section>
                  <h1 th:text="#{a.title}">Placeholder is fine</h1>
                  <p>Texto fijo</p>
                  <p th:if="${x}">
                    <span>Faro</span> &nbsp; 42 · [[#{a.title}]]
                  </p>
                  <img src="x.png" alt="Un faro">
                  <img src="y.png" alt="">
                  <input type="search" placeholder="Buscar" th:placeholder="#{a.title}">
                  <input type="submit" value="Enviar">
                  <a href="#" title="Ayuda" aria-label="Ayuda">?</a>
                  <button th:attr="aria-label=#{a.title}" aria-label="Cerrar">&times;</button>
                  <form data-confirm="¿Seguro?"></form>
                  <div th:replace="~{x :: y}" title="Dropped">Dropped too</div>
                  <tr th:fragment="row"><td>Celda</td></tr>
                  <script>var text = "not visible";</script>
                  <!-- a comment with words -->
                </section>
                """;

        var scan = TemplateScan.of("t.html", template, Set.of("Faro"));

        assertThat(scan.hardCodedText()).containsExactly(
                "t.html:3: hard-coded text \"Texto fijo\" in <p> (use th:text=\"#{...}\")",
                "t.html:7: hard-coded alt=\"Un faro\" on <img> (use th:alt=\"#{...}\")",
                "t.html:10: hard-coded value=\"Enviar\" on <input> (use th:value=\"#{...}\")",
                "t.html:11: hard-coded title=\"Ayuda\" on <a> (use th:title=\"#{...}\")",
                "t.html:11: hard-coded aria-label=\"Ayuda\" on <a> (use th:aria-label=\"#{...}\")",
                "t.html:13: hard-coded data-confirm=\"¿Seguro?\" on <form> (use th:data-confirm=\"#{...}\")",
                "t.html:15: hard-coded text \"Celda\" in <td> (use th:text=\"#{...}\")");
    }

    @Test
    void aPageHandingItsSectionToTheLayoutIsStillChecked() {
        String template = """
                <html th:replace="~{shared/layout :: page(#{a.title}, ~{::section})}">
                <body><section><p>Hola</p></section></body>
                </html>
                """;

        assertThat(TemplateScan.of("page.html", template, Set.of()).hardCodedText())
                .containsExactly("page.html:2: hard-coded text \"Hola\" in <p> (use th:text=\"#{...}\")");
    }

    @Test
    void reportsUnknownKeysAndMatchesPartlyDynamicOnes() {
        String template = """
                <p th:text="#{a.title}">x</p>
                <p th:text="#{a.count(${n})}">x</p>
                <p th:text="#{no.such.key}">x</p>
                <b th:each="l : ${languages}" th:text="#{|language.${l.language}|}">es</b>
                <b th:text="#{|colour.${c}|}">x</b>
                <i th:text="#{${dynamic}}">skipped</i>
                <i th:text="#{${statusKey} + '.title'}">skipped</i>
                <span>[[#{inlined.missing}]]</span>
                """;
        Set<String> known = Set.of("a.title", "a.count", "language.es", "language.pt");

        var problems = TemplateScan.of("k.html", template, Set.of()).messageKeys().stream()
                .filter(use -> !use.isFoundIn(known)).map(TemplateScan.KeyUse::problem).toList();

        assertThat(problems).containsExactly(
                "k.html:3: #{no.such.key} names a key that no i18n bundle defines",
                "k.html:5: #{|colour.${c}|} matches no key of any i18n bundle",
                "k.html:8: #{inlined.missing} names a key that no i18n bundle defines");
    }

    private static Map<String, byte[]> bundle(String es, String en, String pt, String fr) {
        var files = new LinkedHashMap<String, byte[]>();
        String[] texts = {es, en, pt, fr};
        for (int i = 0; i < 4; i++) {
            if (texts[i] != null) {
                files.put(BundleCheck.LANGUAGES.get(i), texts[i].getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
