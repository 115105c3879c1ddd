package lat.faro.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What the container's error dispatch shows: a translated page, or a problem under /api/. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void aServerErrorOnAPageShowsATranslatedPageWithoutAnyTechnicalDetail() throws Exception {
        mvc.perform(get("/error").header("Accept-Language", "pt")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/countries")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("SELECT * FROM app_user")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Erro do servidor")))
                .andExpect(content().string(not(containsString("SELECT"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void anErrorUnderTheApiIsAProblemDocument() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/countries"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.title").value("Método no permitido"));
    }

    @Test
    void anUnknownPageIsA404PageInTheVisitorsLanguage() throws Exception {
        mvc.perform(get("/error").header("Accept-Language", "fr")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }
}
