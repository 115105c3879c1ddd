package lat.faro.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

/** Whatever arrives, the directory's API answers with a 4xx problem, never a 5xx or a stack trace. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryApiMalformedRequestsTests {

    static final String MEGABYTE = "x".repeat(1024 * 1024);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long existing;

    @BeforeEach
    void anOrganisationToAim() {
        existing = jdbc.sql("select min(id) from organisation").query(Long.class).single();
    }

    static List<String> bodies() {
        String ok = "\"name\": \"Agencia Válida\", \"type\": \"GOVERNMENT\", \"country\": \"AR\"";
        return List.of(
                "{\"name\": \"broken\"",
                "{name: 'single quotes'}",
                "[]",
                "\"just a string\"",
                "null",
                "",
                "{\"name\": {\"nested\": true}, \"type\": \"GOVERNMENT\", \"country\": \"AR\"}",
                "{\"name\": [\"a\", \"b\"], \"type\": \"GOVERNMENT\", \"country\": \"AR\"}",
                "{\"name\": \"Agencia\", \"type\": \"EMBASSY\", \"country\": \"AR\"}",
                "{\"name\": \"Agencia\", \"type\": 99, \"country\": \"AR\"}",
                "{\"name\": \"Agencia\", \"type\": [\"GOVERNMENT\"], \"country\": \"AR\"}",
                "{\"name\": \"Agencia\", \"type\": \"GOVERNMENT\", \"country\": {\"iso2\": \"AR\"}}",
                "{\"name\": \"" + MEGABYTE + "\", \"type\": \"GOVERNMENT\", \"country\": \"AR\"}",
                "{\"name\": \"Agencia\", \"type\": \"GOVERNMENT\", \"country\": \"" + MEGABYTE + "\"}",
                "{" + ok + ", \"website\": \"https://" + MEGABYTE + ".org\"}",
                "{" + ok + ", \"id\": 1}",
                "{" + ok + ", \"isAdmin\": true}",
                "{\"name\": \"<script>alert(document.cookie)</script>\", \"type\": \"GOVERNMENT\", \"country\": \"AR\"}",
                "{" + ok + ", \"website\": \"javascript:alert(1)\"}",
                "{" + ok + ", \"contactEmail\": \"<img src=x onerror=alert(1)>@x.org\"}",
                "{\"name\": \"Agencia\", \"type\": \"GOVERNMENT\", \"country\": \"AR' OR '1'='1\"}",
                "{\"name\": \"Agencia\", \"type\": \"GOVERNMENT'; DROP TABLE organisation;--\", \"country\": \"AR\"}",
                "{" + ok + ", \"contactEmail\": \"a@b.org'; DELETE FROM organisation;--\"}",
                "{\"name\": \"Agencia\u0000\", \"type\": \"GOVERNMENT\", \"country\": \"AR\"}",
                "{\"name\": \"Agencia\", \"name\": 5, \"type\": \"GOVERNMENT\", \"country\": \"AR\", }");
    }

    static Stream<Arguments> writes() {
        List<Arguments> cases = new ArrayList<>();
        for (String body : bodies()) {
            String shown = body.length() > 80 ? body.substring(0, 80) + "…" : body;
            cases.add(Arguments.of("POST", "/api/v1/organisations", body, shown));
            cases.add(Arguments.of("PUT", "/api/v1/organisations/{id}", body, shown));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("writes")
    void malformedBodiesAreRefusedWithAProblem(String method, String path, String body, String shown) throws Exception {
        long before = count();
        var response = send(request(HttpMethod.valueOf(method), path.replace("{id}", Long.toString(existing)))
                .contentType(MediaType.APPLICATION_JSON).content(body));
        assertProblem(response, 400);
        assertThat(count()).isEqualTo(before);
    }

    static Stream<Arguments> wrongContentTypes() {
        return Stream.of(
                Arguments.of(MediaType.TEXT_PLAIN, "name=Agencia"),
                Arguments.of(MediaType.APPLICATION_XML, "<organisation><name>Agencia</name></organisation>"),
                Arguments.of(MediaType.APPLICATION_FORM_URLENCODED, "name=Agencia&type=GOVERNMENT&country=AR"),
                Arguments.of(MediaType.MULTIPART_FORM_DATA, "--x--"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongContentTypes")
    void wrongContentTypesAreRefusedWithA415Problem(MediaType type, String body) throws Exception {
        assertProblem(send(post("/api/v1/organisations").contentType(type).content(body)), 415);
        assertProblem(send(put("/api/v1/organisations/" + existing).contentType(type).content(body)), 415);
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/api/v1/organisations?size=0", 400),
                Arguments.of("/api/v1/organisations?size=1000000", 400),
                Arguments.of("/api/v1/organisations?size=-5", 400),
                Arguments.of("/api/v1/organisations?page=-1", 400),
                Arguments.of("/api/v1/organisations?page=abc", 400),
                Arguments.of("/api/v1/organisations?page=99999999999999999999", 400),
                Arguments.of("/api/v1/organisations?type=EMBASSY", 400),
                Arguments.of("/api/v1/organisations?type=GOVERNMENT' OR 1=1--", 400),
                Arguments.of("/api/v1/organisations?country=AR' OR '1'='1", 400),
                Arguments.of("/api/v1/organisations?country=<script>", 400),
                Arguments.of("/api/v1/organisations?country=" + MEGABYTE, 400),
                Arguments.of("/api/v1/organisations/abc", 400),
                Arguments.of("/api/v1/organisations/1 OR 1=1", 400),
                Arguments.of("/api/v1/organisations/99999999999999999999", 400),
                Arguments.of("/api/v1/organisations/-1", 404),
                Arguments.of("/api/v1/organisations/0", 404),
                Arguments.of("/api/v1/countries?subregion=ATLANTIS", 400),
                Arguments.of("/api/v1/countries?subregion=<script>", 400),
                Arguments.of("/api/v1/countries/AR' OR '1'='1", 404),
                Arguments.of("/api/v1/countries/<script>alert(1)", 404),
                Arguments.of("/api/v1/countries/" + "x".repeat(2000), 404),
                Arguments.of("/api/v1/countries?subregion=" + MEGABYTE, 400),
                Arguments.of("/api/v1/programmes/' OR 1=1--", 404),
                Arguments.of("/api/v1/programmes/" + "x".repeat(2000), 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void badParametersAndAddressesAreRefusedWithAProblem(String url, int expected) throws Exception {
        String shown = url.length() > 100 ? url.substring(0, 100) : url;
        MockHttpServletResponse response = send(get(encoded(url)));
        assertThat(response.getStatus()).as(shown).isEqualTo(expected);
        assertProblem(response, expected);
    }

    /** The address as a client would send it: the last segment or the query value percent-encoded once. */
    static URI encoded(String url) {
        int query = url.indexOf('?');
        if (query >= 0) {
            String[] pair = url.substring(query + 1).split("=", 2);
            return URI.create(url.substring(0, query + 1) + pair[0] + "="
                    + UriUtils.encodeQueryParam(pair[1], StandardCharsets.UTF_8));
        }
        int slash = url.lastIndexOf('/');
        return URI.create(url.substring(0, slash + 1) + UriUtils.encodePathSegment(url.substring(slash + 1), StandardCharsets.UTF_8));
    }

    /**
     * An unsupported method is refused before any controller is chosen, so the container forwards it
     * to the error page, which MockMvc does not do: the test checks the status, then the forward.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unsupportedMethods")
    void unsupportedMethodsAreRefusedWithA405Problem(HttpMethod method, String path) throws Exception {
        MockHttpServletResponse refused = send(request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}"));
        assertThat(refused.getStatus()).isEqualTo(405);
        assertThat(refused.getHeader("Allow")).isNotBlank();
        assertProblem(send(get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)), 405);
    }

    static Stream<Arguments> unsupportedMethods() {
        return Stream.of(
                Arguments.of(HttpMethod.PATCH, "/api/v1/organisations/1"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/organisations"),
                Arguments.of(HttpMethod.PUT, "/api/v1/organisations"));
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(Users.admin()).header("Accept-Language", "es")
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)).andReturn().getResponse();
    }

    static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body.length() > 300 ? body.substring(0, 300) : body).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(body).contains("\"status\":" + status).contains("\"title\":")
                .doesNotContain("Exception", "at lat.faro", "org.springframework", "SQL", "<script>");
        assertThat(body.length()).as("the answer does not echo a megabyte").isLessThan(5000);
    }

    long count() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }
}
