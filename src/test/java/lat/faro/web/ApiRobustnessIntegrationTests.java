package lat.faro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Fires a battery of malformed requests at every API endpoint, as an administrator holding every
 * role (so that authorisation lets the request reach the endpoint), and checks that each is
 * answered with a 4xx problem document, never a 5xx and never an HTML page.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ApiRobustnessIntegrationTests {

    static final String MEGABYTE = "x".repeat(1024 * 1024);

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    static RequestPostProcessor everyRole() {
        var authorities = new ArrayList<GrantedAuthority>();
        for (Role r : Role.values()) {
            authorities.add(new SimpleGrantedAuthority(r.authority()));
            authorities.add(new SimpleGrantedAuthority(Grant.programme(r).authority()));
        }
        return user("robustness@example.org").authorities(authorities);
    }

    static Map<String, String> bodies() {
        var bodies = new LinkedHashMap<String, String>();
        bodies.put("broken JSON", "{\"name\": \"Agencia\", ");
        bodies.put("not JSON at all", "name=Agencia&type=GOVERNMENT");
        bodies.put("wrong types", "{\"name\": 123, \"type\": [\"GOVERNMENT\"], \"country\": {\"iso\": 1}, \"website\": false}");
        bodies.put("1 MB string", "{\"name\": \"" + MEGABYTE + "\", \"type\": \"GOVERNMENT\", \"country\": \"AR\"}");
        bodies.put("unknown field", "{\"name\": \"Agencia\", \"type\": \"GOVERNMENT\", \"country\": \"AR\", \"isAdmin\": true}");
        bodies.put("script payload", "{\"name\": \"<script>alert(1)</script>\", \"type\": \"GOVERNMENT\", \"country\": \"<img src=x onerror=alert(1)>\"}");
        bodies.put("SQL payload", "{\"name\": \"x'); drop table app_user; --\", \"type\": \"GOVERNMENT' OR '1'='1\", \"country\": \"AR' --\"}");
        bodies.put("JSON array", "[1, 2, 3]");
        bodies.put("JSON null", "null");
        bodies.put("empty body", "");
        return bodies;
    }

    static List<String> oddPathValues() {
        return List.of("abc", "99999999999999999999", "-1", "%3Cscript%3E", "AR'%20OR%20'1'='1", "..%2F..%2Fetc");
    }

    @Test
    void everyApiEndpointAnswersMalformedRequestsWithA4xxProblem() throws Exception {
        var wrong = new ArrayList<String>();
        int fired = 0;
        for (var e : EndpointSweep.of(mapping)) {
            if (!e.isApi()) {
                continue;
            }
            var attempts = new LinkedHashMap<String, MockHttpServletRequestBuilder>();
            if (e.method() == HttpMethod.GET) {
                attempts.put("junk query", request(e.method(), e.path() + "?page=-1&size=abc&country=%3Cscript%3E&from=yesterday&to=" + "9".repeat(40)));
                attempts.put("huge query", request(e.method(), e.path()).param("q", MEGABYTE).param("action", MEGABYTE));
            } else {
                bodies().forEach((name, body) -> attempts.put(name,
                        request(e.method(), e.path()).contentType(MediaType.APPLICATION_JSON).content(body)));
                attempts.put("wrong content type", request(e.method(), e.path()).contentType(MediaType.TEXT_PLAIN).content("hola"));
                attempts.put("XML", request(e.method(), e.path()).contentType(MediaType.APPLICATION_XML).content("<a>1</a>"));
            }
            if (e.pattern().contains("{")) {
                for (String odd : oddPathValues()) {
                    String path = e.pattern().replaceAll("\\{[^}]+}", odd);
                    attempts.put("path " + odd, request(e.method(), path).contentType(MediaType.APPLICATION_JSON).content("{}"));
                }
            }
            for (var attempt : attempts.entrySet()) {
                var response = mvc.perform(attempt.getValue().with(everyRole()).with(csrf()).accept(MediaType.APPLICATION_JSON))
                        .andReturn().getResponse();
                fired++;
                int status = response.getStatus();
                String type = String.valueOf(response.getContentType());
                boolean ok = status < 500 && (status < 400 || type.startsWith("application/problem+json"));
                if (!ok) {
                    wrong.add(e + " [" + attempt.getKey() + "] -> " + status + " " + type);
                }
            }
        }
        assertThat(fired).isGreaterThan(50);
        assertThat(wrong).as("malformed requests not answered with a 4xx problem").isEmpty();
    }
}
