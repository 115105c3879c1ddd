package lat.faro.directory.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Member states and programmes are public reading; organisations need a signed-in person, and
 * managing them one of the roles that may (the scope is checked by {@code OrganisationPermissions}).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryPublicPathsConfiguration {

    @Bean
    PublicPaths directoryPublicPaths() {
        return PublicPaths.readOnly("/countries", "/countries/**", "/programmes", "/programmes/**",
                "/api/v1/countries", "/api/v1/countries/**", "/api/v1/programmes", "/api/v1/programmes/**");
    }

    @Bean
    GuardedPaths directoryManagementPaths() {
        return GuardedPaths.all(List.of("/organisations/manage", "/organisations/manage/**"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.NATIONAL_COORDINATOR);
    }

    @Bean
    GuardedPaths directoryApiWrites() {
        return GuardedPaths.writes(List.of("/api/v1/organisations", "/api/v1/organisations/**"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.NATIONAL_COORDINATOR);
    }

    /** Public reference data gets an ETag, so a client that has it receives a bodiless 304. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.filter.ShallowEtagHeaderFilter> directoryEtags() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new org.springframework.web.filter.ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/countries", "/api/v1/countries/*", "/api/v1/programmes", "/api/v1/programmes/*");
        registration.setName("directoryEtags");
        return registration;
    }
}
