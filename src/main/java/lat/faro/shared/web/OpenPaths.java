package lat.faro.shared.web;

import lat.faro.shared.security.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Static files, the front page, the error page and the API documentation are open to all. */
@Configuration(proxyBeanMethods = false)
class OpenPaths {

    @Bean
    PublicPaths sharedPublicPaths() {
        return PublicPaths.readOnly("/", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                "/actuator/health", "/actuator/health/**");
    }

    @Bean
    PublicPaths languageSwitch() {
        return PublicPaths.anyMethod("/language");
    }
}
