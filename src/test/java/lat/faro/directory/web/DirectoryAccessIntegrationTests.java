package lat.faro.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who is refused where: every directory endpoint that is not public, for each kind of outsider. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryQueries directory;

    @Autowired
    JdbcClient jdbc;

    OrganisationView argentine;
    OrganisationView regional;

    @BeforeEach
    void targets() {
        argentine = directory.organisationsIn("AR").stream()
                .filter(o -> o.name().equals("Dirección Nacional de Ciberseguridad")).findFirst().orElseThrow();
        regional = directory.organisation(idOf("Organización de los Estados Americanos")).orElseThrow();
    }

    long idOf(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
    }

    static String json(String name, String country) {
        return """
                {"name": "%s", "type": "GOVERNMENT", "country": "%s"}""".formatted(name, country);
    }

    /** Requests on Argentina's organisations (or, for lists, filtered on Argentina). */
    List<Supplier<MockHttpServletRequestBuilder>> apiOnArgentina() {
        long id = argentine.id();
        return List.of(
                () -> get("/api/v1/organisations?country=AR"),
                () -> get("/api/v1/organisations/" + id),
                () -> post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(json("Nueva Agencia", "AR")),
                () -> put("/api/v1/organisations/" + id).contentType(MediaType.APPLICATION_JSON).content(json("Renombrada", "AR")),
                () -> delete("/api/v1/organisations/" + id));
    }

    List<Supplier<MockHttpServletRequestBuilder>> pagesOnArgentina() {
        long id = argentine.id();
        return List.of(
                () -> get("/organisations/manage?country=AR"),
                () -> post("/organisations/manage/new").param("name", "Nueva Agencia").param("type", "GOVERNMENT").param("country", "AR"),
                () -> get("/organisations/manage/" + id),
                () -> post("/organisations/manage/" + id).param("name", "Renombrada").param("type", "GOVERNMENT").param("country", "AR"),
                () -> post("/organisations/manage/" + id + "/delete"));
    }

    /** Endpoints that need a manager whatever the country. */
    List<Supplier<MockHttpServletRequestBuilder>> anyScope() {
        return List.of(() -> get("/api/v1/organisations"), () -> get("/organisations/manage"),
                () -> get("/organisations/manage/new"));
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder built = request.with(csrf()).header("Accept-Language", "es");
        if (who != null) {
            built = built.with(who);
        }
        return mvc.perform(built).andReturn().getResponse();
    }

    void assertUnchanged() {
        assertThat(directory.organisation(argentine.id())).contains(argentine);
        assertThat(directory.organisation(regional.id())).contains(regional);
        assertThat(directory.organisationsIn("AR")).noneMatch(o -> o.name().equals("Nueva Agencia"));
    }

    static void assertProblem(MockHttpServletResponse response, int status, String what) throws Exception {
        assertThat(response.getStatus()).as(what).isEqualTo(status);
        assertThat(response.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).as(what).contains("\"status\":" + status);
    }

    @Test
    void anonymousCallersGetA401ProblemOnTheApi() throws Exception {
        var requests = new java.util.ArrayList<>(apiOnArgentina());
        requests.add(() -> get("/api/v1/organisations"));
        for (var request : requests) {
            var built = request.get();
            MockHttpServletResponse response = send(built, null);
            assertProblem(response, 401, built.toString());
            assertThat(response.getContentAsString()).contains("Inicie sesión").doesNotContain("Dirección Nacional");
        }
        assertUnchanged();
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromThePages() throws Exception {
        var requests = new java.util.ArrayList<>(pagesOnArgentina());
        requests.add(() -> get("/organisations/manage"));
        requests.add(() -> get("/organisations/manage/new"));
        for (var request : requests) {
            var built = request.get().accept(MediaType.TEXT_HTML);
            MockHttpServletResponse response = send(built, null);
            assertThat(response.getStatus()).as(built.toString()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        }
        assertUnchanged();
    }

    @Test
    void participantsAreRefusedEverywhere() throws Exception {
        for (var request : apiOnArgentina()) {
            assertProblem(send(request.get(), Users.participant()), 403, "participant");
        }
        assertProblem(send(get("/api/v1/organisations"), Users.participant()), 403, "participant list");
        for (var request : pagesOnArgentina()) {
            assertThat(send(request.get(), Users.participant()).getStatus()).isEqualTo(403);
        }
        assertThat(send(get("/organisations/manage"), Users.participant()).getStatus()).isEqualTo(403);
        assertThat(send(get("/organisations/manage/new"), Users.participant()).getStatus()).isEqualTo(403);
        assertUnchanged();
    }

    @Test
    void aNationalCoordinatorOfMexicoIsRefusedOnArgentinasOrganisations() throws Exception {
        for (var request : apiOnArgentina()) {
            var built = request.get();
            assertProblem(send(built, Users.nationalCoordinator("MX")), 403, built.toString());
        }
        for (var request : pagesOnArgentina()) {
            var built = request.get();
            assertThat(send(built, Users.nationalCoordinator("MX")).getStatus()).as(built.toString()).isEqualTo(403);
        }
        assertUnchanged();
    }

    @Test
    void aNationalCoordinatorCannotMoveAnOrganisationIntoTheirCountry() throws Exception {
        var response = send(put("/api/v1/organisations/" + argentine.id()).contentType(MediaType.APPLICATION_JSON)
                .content(json("Dirección Nacional de Ciberseguridad", "MX")), Users.nationalCoordinator("MX"));
        assertProblem(response, 403, "move");
        assertUnchanged();
    }

    @Test
    void aNationalCoordinatorCannotTouchOrganisationsWithoutACountry() throws Exception {
        long id = regional.id();
        assertProblem(send(get("/api/v1/organisations/" + id), Users.nationalCoordinator("MX")), 403, "get");
        assertProblem(send(delete("/api/v1/organisations/" + id), Users.nationalCoordinator("MX")), 403, "delete");
        assertProblem(send(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Red Regional\", \"type\": \"PARTNER\"}"), Users.nationalCoordinator("MX")), 403, "create");
        assertThat(send(get("/organisations/manage/" + id), Users.nationalCoordinator("MX")).getStatus()).isEqualTo(403);
        assertUnchanged();
    }

    @Test
    void aNationalCoordinatorOfArgentinaMayManageArgentinasOrganisations() throws Exception {
        String name = "Agencia de Prueba " + UUID.randomUUID().toString().substring(0, 8);
        var created = send(post("/organisations/manage/new").param("name", name).param("type", "GOVERNMENT")
                .param("country", "AR"), Users.nationalCoordinator("AR"));
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(directory.organisationsIn("AR")).anyMatch(o -> o.name().equals(name));
        assertThat(send(get("/organisations/manage/" + argentine.id()), Users.nationalCoordinator("AR")).getStatus())
                .isEqualTo(200);
        assertThat(send(get("/api/v1/organisations?country=AR"), Users.nationalCoordinator("AR")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void programmeCoordinatorsManageOrganisationsWithoutACountry() throws Exception {
        assertThat(send(get("/api/v1/organisations/" + regional.id()), Users.programmeCoordinator()).getStatus())
                .isEqualTo(200);
    }

    @Test
    void publicPagesAndEndpointsNeedNoSignIn() throws Exception {
        for (String path : List.of("/countries", "/countries/AR", "/programmes", "/programmes/egov-cybersecurity",
                "/api/v1/countries", "/api/v1/countries/AR", "/api/v1/programmes", "/api/v1/programmes/egov-cybersecurity")) {
            assertThat(send(get(path), null).getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void publicPathsAreOpenOnlyForReading() throws Exception {
        assertThat(send(post("/api/v1/countries").contentType(MediaType.APPLICATION_JSON).content("{}"), null).getStatus())
                .isEqualTo(401);
    }
}
