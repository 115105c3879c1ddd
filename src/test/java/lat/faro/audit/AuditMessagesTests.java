package lat.faro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lat.faro.audit.ChainVerification.Reason;
import org.junit.jupiter.api.Test;

/** Every text of the module exists in all four languages, and every key the code uses exists. */
class AuditMessagesTests {

    static final Pattern KEY = Pattern.compile("(audit\\.[a-zA-Z]+(?:\\.[a-zA-Z_]+)*)");

    static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = AuditMessagesTests.class.getResourceAsStream("/i18n/audit_" + language + ".properties")) {
            assertThat(in).as("bundle for " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKeyWithAText() throws IOException {
        Set<String> spanish = bundle("es").stringPropertyNames();
        for (String language : new String[] {"en", "pt", "fr"}) {
            Properties other = bundle(language);
            assertThat(other.stringPropertyNames()).as(language).isEqualTo(spanish);
            other.forEach((k, v) -> assertThat(v.toString()).as(language + " " + k).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedByTemplatesAndCodeExists() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/resources/templates/audit")),
                Files.walk(Path.of("src/main/java/lat/faro/audit")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                var matcher = Pattern.compile("[#\"]\\{?" + KEY.pattern()).matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.remove("audit.verify.broken");
        for (Reason reason : Reason.values()) {
            used.add("audit.verify.broken." + reason.name());
        }
        assertThat(used).contains("audit.title", "audit.invalid.date", "audit.verify.intact");
        assertThat(bundle("es").stringPropertyNames()).containsAll(used);
    }
}
