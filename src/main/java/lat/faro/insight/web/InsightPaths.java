package lat.faro.insight.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Importing historic results is for programme coordinators and admins; the sample file is public. */
@Configuration(proxyBeanMethods = false)
class InsightPaths {

    @Bean
    PublicPaths insightPublicPaths() {
        return PublicPaths.readOnly("/samples/**", "/api/v1/open/**", "/insight/statistics", "/insight/statistics/*",
                "/insight/statistics/*/heatmap", "/insight/statistics/*/heatmap.csv",
                "/insight/statistics/*/heatmap.xlsx", "/insight/statistics/*/map.xlsx", "/insight/statistics/*/map",
                "/insight/statistics/*/map.csv", "/insight/statistics/*/map.png", "/insight/statistics/*/report.pdf", "/insight/statistics/*/report.docx",
                "/insight/countries", "/insight/countries/*", "/insight/trend", "/insight/trend.csv", "/insight/trend.xlsx",
                "/insight/countries/*/*");
    }

    /** Open data carries an ETag, so a client that has the document gets a bodiless 304. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.filter.ShallowEtagHeaderFilter> openDataEtags() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new org.springframework.web.filter.ShallowEtagHeaderFilter());
        // The statistics documents carry their own ETag, computed once per document.
        registration.addUrlPatterns("/api/v1/open/rounds", "/api/v1/open/rounds/*/changes", "/api/v1/open/countries/*");
        registration.setName("openDataEtags");
        return registration;
    }

    @Bean
    GuardedPaths insightImportPaths() {
        return GuardedPaths.all(List.of("/insight/imports", "/insight/imports/**", "/insight/rounds/*/publish",
                "/api/v1/imports", "/api/v1/imports/**"), Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }
}
