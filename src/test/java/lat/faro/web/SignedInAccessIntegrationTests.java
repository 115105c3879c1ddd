package lat.faro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Set;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint as a participant (the least-privileged role) and checks that everything
 * beyond the public pages and the person's own account is refused with 403, whatever is sent.
 * An endpoint newly open to every signed-in person must be added to {@link #ANY_SIGNED_IN}.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SignedInAccessIntegrationTests {

    /** What any signed-in person may use: their own account and reading the directory. */
    static final Set<String> ANY_SIGNED_IN = Set.of(
            "GET /account", "POST /account/password", "GET /account/mfa", "POST /account/mfa", "POST /account/mfa/remove",
            "POST /account/tokens", "POST /account/tokens/{id}/revoke", "GET /api/v1/me",
            // Registering for a training event, and one's own registration: the service answers 404 for another's
            // and for events not open to the person (TrainingApiIntegrationTests).
            "POST /api/v1/training/events/{id}/registrations", "GET /api/v1/training/registrations/{id}",
            "DELETE /api/v1/training/registrations/{id}", "POST /training/events/{id}/register",
            "POST /training/registrations/{id}/cancel",
            // One's own training data: see it, download it, erase it.
            "GET /training/me", "POST /training/me/erasure", "GET /api/v1/training/me/data", "POST /api/v1/training/me/erasure",
            // Checking in at a session with its code: the service refuses anyone without a confirmed place in the
            // code's event, without naming the event (AttendanceIntegrationTests).
            "GET /training/check-in", "POST /training/check-in", "POST /api/v1/training/check-in",
            // A certificate's files: the service answers 404 to all but its holder, the event's trainers and staff.
            "GET /training/certificates/{id}.pdf", "GET /training/certificates/{id}.json",
            // The reaction survey: the service answers only a confirmed participant of the event, once.
            "GET /training/events/{id}/survey", "POST /training/events/{id}/survey",
            // Taking an event's pre- or post-test and reading one's own result: the service checks the person's
            // confirmed registration (409 otherwise) and answers 404 for another's attempt (LearningTestsIntegrationTests).
            "GET /api/v1/training/events/{id}/tests/{kind}", "POST /api/v1/training/events/{id}/tests/{kind}",
            "GET /api/v1/training/events/{id}/tests/{kind}/result", "GET /api/v1/training/test-attempts/{id}",
            "GET /training/events/{id}/tests/{kind}", "POST /training/events/{id}/tests/{kind}",
            "GET /training/events/{id}/tests/{kind}/result");

    /** What a national coordinator may open whatever the country: their lists and the empty form. */
    static final Set<String> ANY_NATIONAL_COORDINATOR = Set.of(
            // Assessment work: the coordinator's role may use these; whose assessment it is decides in the
            // service (404 for another country's, 403 for a step beyond the role; AssessmentApiIntegrationTests).
            "POST /api/v1/rounds/{id}/assessments", "PUT /api/v1/assessments/{id}/judgements/{indicatorId}",
            "POST /api/v1/assessments/{id}/evidence", "DELETE /api/v1/assessments/{id}/evidence/{evidenceId}",
            "POST /api/v1/assessments/{id}/transitions", "GET /api/v1/assessments/{id}/comments",
            "POST /api/v1/assessments/{id}/comments", "GET /api/v1/assessments/{id}/consultations",
            "POST /api/v1/assessments/{id}/consultations", "POST /api/v1/assessments/{id}/consultations/{sessionId}/statements",
            "POST /api/v1/assessments/{id}/decisions", "PUT /api/v1/assessments/{id}/roadmap/{indicatorId}",
            "GET /api/v1/assessments/{id}/export",
            "GET /organisations/manage", "GET /organisations/manage/new", "GET /api/v1/organisations");

    /**
     * Where a national coordinator's role may go but the thing asked for is outside their scope,
     * these answer 404 rather than 403, so as not to reveal that it exists: the working pages of
     * an assessment (see {@code AssessmentManagement.workingCopy}).
     */
    static final Set<String> NOT_FOUND_OUTSIDE_SCOPE = Set.of(
            "GET /assessments/{id}", "GET /assessments/{id}/factors/{factorId}",
            "GET /assessments/{id}/consultations", "POST /assessments/{id}/consultations",
            "POST /assessments/{id}/consultations/{sessionId}/statements", "POST /assessments/{id}/decisions",
            "POST /assessments/{id}/roadmap/{indicatorId}",
            "GET /assessments/{id}/evidence/{evidenceId}/file", "POST /assessments/{id}/transitions",
            "POST /assessments/{id}/judgements/{indicatorId}", "POST /assessments/{id}/indicators/{indicatorId}/evidence",
            "POST /assessments/{id}/evidence/{evidenceId}/remove", "POST /assessments/{id}/factors/{factorId}/comments");

    @Autowired MockMvc mvc;
    @Autowired lat.faro.directory.DirectoryQueries directory;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The demo data's draft assessment of Argentina. */
    long argentinasAssessment() {
        return jdbc.sql("select min(id) from assessment where country = 'AR' and status = 'DRAFT'").query(Long.class).single();
    }
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    static RequestPostProcessor participant() {
        return user("participante@demo.faro.lat").authorities(new SimpleGrantedAuthority("ROLE_PARTICIPANT"),
                new SimpleGrantedAuthority(Grant.country(Role.PARTICIPANT, "GT").authority()));
    }

    @Test
    void aParticipantIsRefusedEverywhereBeyondThePublicPagesAndTheirOwnAccount() throws Exception {
        var wrong = new ArrayList<String>();
        int checked = 0;
        for (var e : EndpointSweep.of(mapping)) {
            String key = e.toString();
            if (AnonymousAccessIntegrationTests.PUBLIC.contains(key) || ANY_SIGNED_IN.contains(key)
                    || e.pattern().startsWith("/login/mfa")) {
                continue;
            }
            var builder = request(e.method(), e.path()).with(participant()).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
            if (e.method() != HttpMethod.GET) {
                builder = builder.with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Agencia\",\"type\":\"GOVERNMENT\",\"country\":\"AR\"}");
            }
            int status = mvc.perform(builder).andReturn().getResponse().getStatus();
            checked++;
            if (status != 403) {
                wrong.add(key + " -> " + status);
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(wrong).as("endpoints a participant reaches").isEmpty();
    }

    static RequestPostProcessor nationalCoordinatorOfMexico() {
        return user("coordinador.mx@demo.faro.lat").authorities(new SimpleGrantedAuthority("ROLE_NATIONAL_COORDINATOR"),
                new SimpleGrantedAuthority(Grant.country(Role.NATIONAL_COORDINATOR, "MX").authority()));
    }

    @Test
    void aNationalCoordinatorOfAnotherCountryIsRefusedOnArgentinasDataAndEverythingElseBeyondTheirOwn() throws Exception {
        long argentine = directory.organisationsIn("AR").getFirst().id();
        var wrong = new ArrayList<String>();
        int checked = 0;
        for (var e : EndpointSweep.of(mapping)) {
            String key = e.toString();
            if (AnonymousAccessIntegrationTests.PUBLIC.contains(key) || ANY_SIGNED_IN.contains(key)
                    || ANY_NATIONAL_COORDINATOR.contains(key) || e.pattern().startsWith("/login/mfa")) {
                continue;
            }
            long id = e.pattern().startsWith("/assessments/{id}") ? argentinasAssessment() : argentine;
            String path = e.pattern().replace("{id}", Long.toString(id)).replaceAll("\\{[^}]+}", "1");
            var builder = request(e.method(), path).with(nationalCoordinatorOfMexico())
                    .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
            if (e.method() != HttpMethod.GET) {
                builder = builder.with(csrf());
                builder = e.isApi()
                        ? builder.contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"Agencia nueva\",\"type\":\"GOVERNMENT\",\"country\":\"AR\"}")
                        : builder.param("name", "Agencia nueva").param("type", "GOVERNMENT").param("country", "AR");
            }
            int status = mvc.perform(builder).andReturn().getResponse().getStatus();
            checked++;
            // Argentina's assessment exists, so a 404 on its pages means it is hidden from this person: refused too.
            if (status != 403 && !(status == 404 && NOT_FOUND_OUTSIDE_SCOPE.contains(key))) {
                wrong.add(key + " -> " + status);
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(wrong).as("endpoints where a coordinator of Mexico reaches Argentina's data or beyond their role").isEmpty();
        assertThat(directory.organisationsIn("AR")).noneMatch(o -> o.name().equals("Agencia nueva"));
    }
}
