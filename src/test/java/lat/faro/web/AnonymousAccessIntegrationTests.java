package lat.faro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Set;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint Faro maps and checks that an anonymous visitor is refused wherever the
 * endpoint is not meant to be public: 401 problem details on the API, the sign-in page otherwise.
 * A new public endpoint must be added to {@link #PUBLIC} on purpose, or this test fails.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousAccessIntegrationTests {

    /** Endpoints open to everyone, as "METHOD pattern". */
    static final Set<String> PUBLIC = Set.of(
            "GET /", "GET /error", "POST /error", "POST /language",
            "GET /login", "GET /setup/{secret}", "POST /setup/{secret}",
            "GET /countries", "GET /countries/{code}", "GET /programmes", "GET /programmes/{slug}",
            "GET /api/v1/countries", "GET /api/v1/countries/{code}", "GET /api/v1/programmes",
            "GET /api/v1/programmes/{slug}",
            "GET /frameworks", "GET /frameworks/{id}/{version}", "GET /api/v1/frameworks", "GET /api/v1/frameworks/mappings",
            "GET /api/v1/frameworks/{id}", "GET /api/v1/frameworks/{id}/{version}",
            "GET /rounds", "GET /rounds/{id}", "GET /assessments/{id}/profile", "GET /assessments/{id}/profile.csv",
            "GET /assessments/{id}/roadmap", "GET /assessments/{id}/decisions",
            "GET /api/v1/rounds", "GET /api/v1/rounds/{id}", "GET /api/v1/rounds/{id}/assessments",
            "GET /api/v1/assessments/{id}", "GET /api/v1/assessments/{id}/judgements",
            "GET /api/v1/assessments/{id}/evidence", "GET /api/v1/assessments/{id}/evidence/{evidenceId}/file",
            "GET /api/v1/assessments/{id}/history", "GET /api/v1/assessments/{id}/decisions",
            "GET /api/v1/assessments/{id}/roadmap",
            "GET /api/v1/open/rounds", "GET /api/v1/open/rounds/{roundId}/statistics",
            "GET /api/v1/open/rounds/{roundId}/changes", "GET /api/v1/open/countries/{code}", "GET /api/v1/training/courses",
            "GET /api/v1/training/courses/{id}", "GET /api/v1/training/events", "GET /api/v1/training/events/{id}",
            "GET /api/v1/training/privacy-notice", "GET /training", "GET /training/courses/{id}", "GET /training/events/{id}", "GET /training/events/{id}/calendar.ics",
            "GET /training/programmes/{slug}", "GET /training/countries/{code}", "GET /verify", "GET /verify/{code}", "GET /api/v1/training/verify/{code}",
            "GET /training/follow-up/{token}", "POST /training/follow-up/{token}",
            "GET /.well-known/faro-certificate-keys.json", "GET /api/v1/training/programmes/{slug}/targets",
            "GET /api/v1/training/courses/{id}/materials", "GET /api/v1/training/courses/{id}/materials/{materialId}",
            "GET /api/v1/training/courses/{id}/materials/{materialId}/file",
            "GET /insight/statistics", "GET /insight/statistics/{roundId}",
            "GET /insight/statistics/{roundId}.csv", "GET /insight/statistics/{roundId}.xlsx", "GET /insight/statistics/{roundId}/heatmap",
            "GET /insight/statistics/{roundId}/report.pdf", "GET /insight/statistics/{roundId}/heatmap.csv",
            "GET /insight/statistics/{roundId}/map", "GET /insight/statistics/{roundId}/map.csv", "GET /insight/statistics/{roundId}/map.png",
            "GET /insight/statistics/{roundId}/map.xlsx", "GET /insight/statistics/{roundId}/heatmap.xlsx",
            "GET /insight/countries",
            "GET /insight/countries/{code}", "GET /insight/countries/{code}/{table}.csv", "GET /insight/countries/{code}/{table}.xlsx",
            "GET /insight/countries/{code}/report.pdf", "GET /insight/statistics/{roundId}/report.docx",
            "GET /insight/countries/{code}/report.docx",
            "GET /insight/trend", "GET /insight/trend.csv", "GET /insight/trend.xlsx");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    @Test
    void everyNonPublicEndpointRefusesAnonymousVisitors() throws Exception {
        var endpoints = EndpointSweep.of(mapping);
        assertThat(endpoints).extracting(Object::toString).contains("GET /admin/users", "GET /account", "GET /api/v1/me");
        var wrong = new ArrayList<String>();
        for (var e : endpoints) {
            if (PUBLIC.contains(e.toString())) {
                continue;
            }
            var builder = request(e.method(), e.path()).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
            if (e.method() != HttpMethod.GET) {
                builder = builder.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            var response = mvc.perform(builder).andReturn().getResponse();
            boolean refused = e.isApi()
                    ? response.getStatus() == 401 && String.valueOf(response.getContentType()).startsWith("application/problem+json")
                    : response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl());
            if (!refused) {
                wrong.add(e + " -> " + response.getStatus() + " " + response.getRedirectedUrl());
            }
        }
        assertThat(wrong).as("endpoints that let anonymous visitors through").isEmpty();
    }
}
