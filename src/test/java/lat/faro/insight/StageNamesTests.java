package lat.faro.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Stage names are read from the shared bundles, as the application's message source holds them. */
class StageNamesTests {

    static final StageNames NAMES = new StageNames(sharedBundles());

    static ResourceBundleMessageSource sharedBundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/shared");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "3,3", "4,4", "5,5", "' 4 ',4"})
    void readsTheNumbersOneToFive(String text, int stage) {
        assertThat(NAMES.stage(text)).contains(stage);
    }

    @ParameterizedTest
    @CsvSource({
            // es
            "Inicial,1", "Formativo,2", "Consolidado,3", "Estratégico,4", "Dinámico,5",
            // en
            "Start-up,1", "Formative,2", "Established,3", "Strategic,4", "Dynamic,5",
            // pt
            "Estabelecido,3", "Dinâmico,5",
            // fr
            "Démarrage,1", "Formatif,2", "Établi,3", "Stratégique,4", "Dynamique,5"})
    void readsTheStageNamesOfFourLanguagesInAnyCase(String name, int stage) {
        assertThat(NAMES.stage(name)).as(name).contains(stage);
        assertThat(NAMES.stage(name.toLowerCase(java.util.Locale.ROOT))).as(name + " in lower case").contains(stage);
        assertThat(NAMES.stage(name.toUpperCase(java.util.Locale.ROOT))).as(name + " in upper case").contains(stage);
    }

    @ParameterizedTest
    @CsvSource({"estrategico,4", "DINAMICO,5", "dinamico,5", "demarrage,1", "etabli,3", "strategique,4", "ESTRATEGICO,4"})
    void accentsAreOptional(String name, int stage) {
        assertThat(NAMES.stage(name)).as(name).contains(stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start-up", "Start Up", "startup", "START-UP", "start up", "Start_up", "start\u2011up", "start\u2013up"})
    void startUpIsReadWithOrWithoutItsHyphenOrSpace(String name) {
        assertThat(NAMES.stage(name)).as(name).contains(1);
    }

    @ParameterizedTest
    @CsvSource({"formativa,2", "Consolidada,3", "Estratégica,4", "estrategica,4", "Dinámica,5", "DINAMICA,5"})
    void readsTheSpanishFeminineForms(String name, int stage) {
        assertThat(NAMES.stage(name)).as(name).contains(stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "0", "-1", "5-", "- 3", "1 2", "dos", "", "   ", "1.5", "inicio", "stage 1", "consolidadoo"})
    void refusesWhatIsNotAStage(String text) {
        assertThat(NAMES.stage(text)).as("'" + text + "'").isEmpty();
    }
}
