package lat.faro.directory.web;

import lat.faro.shared.security.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Member states and programmes are public reading; organisations need a signed-in person. */
@Configuration(proxyBeanMethods = false)
class DirectoryPublicPathsConfiguration {

    @Bean
    PublicPaths directoryPublicPaths() {
        return PublicPaths.readOnly("/countries", "/countries/**", "/programmes", "/programmes/**",
                "/api/v1/countries", "/api/v1/countries/**", "/api/v1/programmes", "/api/v1/programmes/**");
    }
}
