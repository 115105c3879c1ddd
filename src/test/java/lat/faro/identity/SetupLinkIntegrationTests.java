package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An instance without demo data and without administrator: the one-time set-up link. */
@DatabaseTest
@SpringBootTest(properties = "faro.demo.enabled=false")
@AutoConfigureMockMvc
class SetupLinkIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired SetupLinks links;
    @Autowired Users users;

    @Test
    void theFirstAdministratorIsCreatedThroughAOneTimeLinkOnly() throws Exception {
        assertThat(users.countAdminGrants()).isZero();
        assertThat(users.findAll()).as("no demo users, no default account").isEmpty();
        String link = links.issue(null, "system");
        String path = link.substring(link.indexOf("/setup/"));

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Primera cuenta de administración")));
        mvc.perform(post(path).with(csrf()).param("email", "no-es-un-correo").param("displayName", "")
                        .param("password", "password1234").param("confirm", "otra cosa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Escriba una dirección de correo válida")))
                .andExpect(content().string(containsString("href=\"#displayName\"")));
        mvc.perform(post(path).with(csrf()).param("email", "jefa@cert.gob.example").param("displayName", "Jefa")
                        .param("password", "password1234").param("confirm", "password1234"))
                .andExpect(content().string(containsString("demasiado común")));
        assertThat(users.findAll()).isEmpty();

        mvc.perform(post(path).with(csrf()).param("email", "Jefa@CERT.gob.example").param("displayName", "Jefa del CERT")
                        .param("password", "el faro de colonia alumbra").param("confirm", "el faro de colonia alumbra"))
                .andExpect(redirectedUrl("/login?ready"));
        var admin = users.findByEmail("jefa@cert.gob.example").orElseThrow();
        assertThat(admin.grants()).containsExactly(Grant.programme(Role.ADMIN));

        mvc.perform(get(path)).andExpect(content().string(containsString("Enlace no válido")));
        mvc.perform(post(path).with(csrf()).param("email", "otro@example.org").param("displayName", "Otro")
                        .param("password", "el faro de colonia alumbra").param("confirm", "el faro de colonia alumbra"))
                .andExpect(content().string(containsString("Enlace no válido")));
        assertThat(users.count()).isEqualTo(1);

        var session = new MockHttpSession();
        var result = TestAccounts.postPassword(mvc, session, "jefa@cert.gob.example", "el faro de colonia alumbra");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anUnknownLinkShowsTheInvalidPage() throws Exception {
        mvc.perform(get("/setup/not-a-real-secret")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enlace no válido")));
    }
}
