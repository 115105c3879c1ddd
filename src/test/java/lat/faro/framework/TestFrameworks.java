package lat.faro.framework;

import java.nio.charset.StandardCharsets;

/**
 * Small framework files for the tests: a maturity model with one dimension, a factor with two
 * aspects and an aspect-less factor, each unit with one indicator per stage; and a baseline with
 * two functions. Tests break them one place at a time.
 */
public final class TestFrameworks {

    private TestFrameworks() {
    }

    /** A valid maturity model, id {@code test-model}, version 1.0.0. */
    public static final String MODEL = """
            schema: 1
            id: test-model
            version: "1.0.0"
            kind: maturity-model
            edition: "2024"
            name: {es: Modelo de prueba, en: Test model, pt: Modelo de teste, fr: Modèle de test}
            description: {es: Un modelo pequeño para las pruebas., en: A small model for the tests.}
            dimensions:
              - id: D1
                name: {es: Política, en: Policy, pt: Política, fr: Politique}
                factors:
                  - id: D1.1
                    name: {es: Estrategia, en: Strategy, pt: Estratégia, fr: Stratégie}
                    aspects:
                      - id: D1.1.1
                        name: {es: Desarrollo, en: Development, pt: Desenvolvimento, fr: Développement}
                        indicators:
                          - {id: D1.1.1-1a, stage: 1, text: {es: Hay ideas sueltas., en: There are loose ideas.}}
                          - {id: D1.1.1-2a, stage: 2, text: {es: Hay un borrador., en: There is a draft.}}
                          - {id: D1.1.1-3a, stage: 3, text: {es: Hay una estrategia., en: There is a strategy., pt: Há uma estratégia., fr: Il existe une stratégie.}}
                          - {id: D1.1.1-4a, stage: 4, text: {es: Se revisa cada año., en: It is reviewed every year.}}
                          - {id: D1.1.1-5a, stage: 5, text: {es: Se mejora sin cesar., en: It is improved continuously.}}
                      - id: D1.1.2
                        name: {es: Contenido, en: Content, pt: Conteúdo, fr: Contenu}
                        indicators:
                          - {id: D1.1.2-1a, stage: 1, text: {es: No hay contenido., en: There is no content.}}
                          - {id: D1.1.2-2a, stage: 2, text: {es: Hay algo de contenido., en: There is some content.}}
                          - {id: D1.1.2-3a, stage: 3, text: {es: El contenido es completo., en: The content is complete.}}
                          - {id: D1.1.2-4a, stage: 4, text: {es: El contenido se mide., en: The content is measured.}}
                          - {id: D1.1.2-5a, stage: 5, text: {es: El contenido se adapta., en: The content adapts.}}
                  - id: D1.2
                    name: {es: Defensa, en: Defence, pt: Defesa, fr: Défense}
                    indicators:
                      - {id: D1.2-1a, stage: 1, text: {es: Sin defensa., en: No defence.}}
                      - {id: D1.2-2a, stage: 2, text: {es: Defensa básica., en: Basic defence.}}
                      - {id: D1.2-3a, stage: 3, text: {es: Defensa organizada., en: Organised defence.}}
                      - {id: D1.2-4a, stage: 4, text: {es: Defensa planificada., en: Planned defence.}}
                      - {id: D1.2-5a, stage: 5, text: {es: Defensa dinámica., en: Dynamic defence.}}
            """;

    /** A valid control baseline, id {@code test-baseline}, version 1.0.0. */
    public static final String BASELINE = """
            schema: 1
            id: test-baseline
            version: "1.0.0"
            kind: control-baseline
            name: {es: Línea base de prueba, en: Test baseline, pt: Linha de base de teste, fr: Socle de test}
            description: {es: Dos funciones., en: Two functions.}
            dimensions:
              - id: GV
                name: {es: Gobernar, en: Govern, pt: Governar, fr: Gouverner}
                controls:
                  - id: GV-01
                    name: {es: Responsable, en: Owner, pt: Responsável, fr: Responsable}
                    text: {es: Hay un responsable de seguridad., en: There is a security owner.}
              - id: PR
                name: {es: Proteger, en: Protect, pt: Proteger, fr: Protéger}
                controls:
                  - id: PR-01
                    name: {es: Copias, en: Backups, pt: Cópias, fr: Sauvegardes}
                    text: {es: Se hacen copias de seguridad., en: Backups are made.}
                  - id: PR-02
                    name: {es: Parches, en: Patches, pt: Correções, fr: Correctifs}
                    text: {es: Se aplican parches., en: Patches are applied.}
            """;

    /** The model under another id and version. */
    public static String model(String id, String version) {
        return MODEL.replace("id: test-model", "id: " + id).replace("version: \"1.0.0\"", "version: \"" + version + "\"");
    }

    /** The model without the line that holds {@code text}. */
    public static String modelWithoutTheLineHolding(String text) {
        String line = MODEL.lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds " + text));
        return MODEL.replace(line + "\n", "");
    }

    public static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first line of {@code yaml} that contains {@code text}. */
    public static int lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
