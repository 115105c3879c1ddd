package lat.faro.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the directory exists in all four languages, and every key a template uses exists. */
class DirectoryMessagesTests {

    static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = DirectoryMessagesTests.class.getResourceAsStream("/i18n/directory_" + language + ".properties")) {
            assertThat(in).as(language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt", "fr"})
    void everyLanguageHasTheSameKeysAsSpanish(String language) throws IOException {
        Properties spanish = bundle("es");
        Properties other = bundle(language);
        assertThat(other.stringPropertyNames()).isEqualTo(spanish.stringPropertyNames());
        other.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Properties spanish = bundle("es");
        Stream.of(Subregion.values()).forEach(s -> assertThat(spanish).containsKey("directory.subregion." + s));
        Stream.of(OrganisationType.values()).forEach(t -> assertThat(spanish).containsKey("directory.type." + t));
        Stream.of(ProgrammeRole.values()).forEach(r -> assertThat(spanish).containsKey("directory.role." + r));
    }

    @Test
    void messagesWithArgumentsUseTypographicApostrophes() throws IOException {
        // MessageFormat swallows a plain apostrophe and everything up to the next one.
        for (String language : new String[] {"es", "en", "pt", "fr"}) {
            bundle(language).forEach((key, value) -> assertThat(value.toString()).as(language + " " + key).doesNotContain("'"));
        }
    }

    @Test
    void everyKeyUsedInTheTemplatesExists() throws IOException {
        Properties spanish = bundle("es");
        Pattern literalKey = Pattern.compile("#\\{(directory\\.[A-Za-z0-9_.]+)");
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/directory"))) {
            for (Path template : templates.toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(spanish.stringPropertyNames()).containsAll(used);
    }
}
