package lat.faro.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every module's bundle {@code i18n/<module>_<lang>.properties} (UTF-8). A module adds its
 * texts by adding the four files; nothing to register. Spanish is the fallback language.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Languages.DEFAULT);
        source.setUseCodeAsDefaultMessage(false);
        source.setCacheSeconds(-1);
        return source;
    }

    /** The bundle names found on the class path, e.g. {@code classpath:i18n/directory}. */
    static String[] bundleBasenames() throws IOException {
        Resource[] spanish = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_es.properties");
        var names = new TreeSet<String>();
        Arrays.stream(spanish)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(f -> "classpath:i18n/" + f.substring(0, f.length() - "_es.properties".length()))
                .forEach(names::add);
        return names.toArray(String[]::new);
    }
}
