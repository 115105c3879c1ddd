package lat.faro.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every page and message in es, en, pt and fr: each bundle on the class path is complete and
 * clean in all four languages, and the templates take every visible word from the bundles. New
 * modules' bundles and templates are found by the same patterns, with nothing to register.
 */
class MessageBundlesTests {

    /** Words a template may carry as they are, in every language. */
    static final Set<String> ALLOWED_TEXTS = Set.of("Faro");

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern BUNDLE_FILE = Pattern.compile("(.+)_(es|en|pt|fr)\\.properties");

    @Test
    void everyBundleHasTheSameCleanKeysInEveryLanguage() throws IOException {
        Map<String, Map<String, byte[]>> bundles = bundlesOnClassPath();
        assertThat(bundles).as("bundles i18n/*_es.properties on the class path").isNotEmpty();

        var problems = new ArrayList<String>();
        bundles.forEach((basename, files) -> problems.addAll(BundleCheck.check(basename, files)));

        assertThat(problems).withFailMessage(report("Message bundle problems", problems)).isEmpty();
    }

    @Test
    void templatesTakeEveryVisibleTextFromTheBundles() throws IOException {
        Set<String> keys = new HashSet<>();
        bundlesOnClassPath().forEach((basename, files) -> {
            if (files.containsKey("es")) {
                keys.addAll(BundleCheck.keys(BundleCheck.fileName(basename, "es"), files.get("es")));
            }
        });
        List<Path> templates;
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            templates = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).as("templates under " + TEMPLATES.toAbsolutePath()).isNotEmpty();

        var problems = new ArrayList<String>();
        for (Path template : templates) {
            var scan = TemplateScan.of(template.toString(), Files.readString(template, StandardCharsets.UTF_8), ALLOWED_TEXTS);
            scan.messageKeys().stream().filter(use -> !use.isFoundIn(keys)).map(TemplateScan.KeyUse::problem)
                    .forEach(problems::add);
            problems.addAll(scan.hardCodedText());
        }

        assertThat(problems).withFailMessage(report("Template text problems", problems)).isEmpty();
    }

    /** Each bundle's files by language, keyed by basename; a bundle found in any language counts. */
    static Map<String, Map<String, byte[]>> bundlesOnClassPath() throws IOException {
        var bundles = new TreeMap<String, Map<String, byte[]>>();
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        for (Resource resource : found) {
            String name = resource.getFilename();
            Matcher m = name == null ? null : BUNDLE_FILE.matcher(name);
            if (m == null || !m.matches()) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                // the first on the class path wins, as in the application's MessageSource
                bundles.computeIfAbsent(m.group(1), b -> new TreeMap<>()).putIfAbsent(m.group(2), in.readAllBytes());
            }
        }
        return bundles;
    }

    static String report(String title, List<String> problems) {
        return title + " (" + problems.size() + "):\n  " + String.join("\n  ", problems) + "\n";
    }
}
