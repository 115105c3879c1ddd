package lat.faro.framework;

import static lat.faro.framework.FrameworkReaderTests.assertProblems;
import static lat.faro.framework.FrameworkReaderTests.change;
import static lat.faro.framework.FrameworkReaderTests.problem;
import static lat.faro.framework.TestFrameworks.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lat.faro.shared.web.FieldProblem;
import org.junit.jupiter.api.Test;

class MappingReaderTests {

    static final Framework OLD = read(TestFrameworks.model("test-model", "1.0.0"));
    static final Framework NEW = read(TestFrameworks.model("test-model", "2.0.0"));

    static final String MAPPING = """
            schema: 1
            from: {id: test-model, version: "1.0.0"}
            to: {id: test-model, version: "2.0.0"}
            links:
              - {from: D1.1.1, to: D1.1.1, relation: equal}
              - {from: D1.1.2, to: D1.1.2, relation: subset}
              - {from: D1.1.2, to: D1.2, relation: intersect}
            retired: [D1.2]
            """;

    static Framework read(String yaml) {
        return FrameworkReader.read(bytes(yaml), Framework.Origin.SHIPPED).framework();
    }

    static MappingReader.Result readMapping(String yaml) {
        return MappingReader.read(bytes(yaml), ref -> ref.equals(OLD.ref()) ? OLD : ref.equals(NEW.ref()) ? NEW : null);
    }

    static List<FieldProblem> problemsOf(String yaml) {
        var result = readMapping(yaml);
        assertThat(result.mapping()).as("a mapping from an invalid file").isNull();
        return result.problems();
    }

    @Test
    void readsAValidMappingWithItsLinksAndRetiredUnits() {
        var result = readMapping(MAPPING);

        assertThat(result.problems()).isEmpty();
        Mapping mapping = result.mapping();
        assertThat(mapping.from()).isEqualTo(OLD.ref());
        assertThat(mapping.to()).isEqualTo(NEW.ref());
        assertThat(mapping.outOf("D1.1.2")).containsExactly(new Mapping.Link("D1.1.2", "D1.1.2", Relation.SUBSET),
                new Mapping.Link("D1.1.2", "D1.2", Relation.INTERSECT));
        assertThat(mapping.into("D1.2")).extracting(Mapping.Link::from).containsExactly("D1.1.2");
        assertThat(mapping.retired()).containsExactly("D1.2");
    }

    @Test
    void refusesAUnitIdTheFrameworkDoesNotHave() {
        assertProblems(problemsOf(change(MAPPING, "{from: D1.1.1, to: D1.1.1,", "{from: D1.1.1, to: D1.1.9,")))
                .containsExactly(problem("links[0].to", "framework.problem.unknownUnit", "D1.1.9", "test-model@2.0.0"));
    }

    @Test
    void refusesAFrameworkVersionThatIsNotLoaded() {
        assertProblems(problemsOf(change(MAPPING, "to: {id: test-model, version: \"2.0.0\"}", "to: {id: test-model, version: \"3.0.0\"}")))
                .containsExactly(problem("to", "framework.problem.unknownFramework", "test-model@3.0.0"));
    }

    @Test
    void refusesARelationThatDoesNotExist() {
        assertProblems(problemsOf(change(MAPPING, "relation: equal", "relation: same")))
                .containsExactly(problem("links[0].relation", "framework.problem.relation", "same"));
    }

    @Test
    void refusesAnOldUnitThatIsNeitherLinkedNorRetired() {
        assertProblems(problemsOf(change(MAPPING, "retired: [D1.2]", "retired: []")))
                .containsExactly(problem("links", "framework.problem.unitUnmapped", "D1.2"));
    }

    @Test
    void acceptsAnEmptyRetiredListWhenEveryUnitIsLinked() {
        String file = change(MAPPING, "retired: [D1.2]", "  - {from: D1.2, to: D1.2, relation: superset}\nretired: []");

        var result = readMapping(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.mapping().retired()).isEmpty();
        assertThat(result.mapping().outOf("D1.2")).containsExactly(new Mapping.Link("D1.2", "D1.2", Relation.SUPERSET));
    }
}
