package lat.faro.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.Cluster;
import lat.faro.assessment.ConsultationView;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ConsultationPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement management;

    AssessmentView draft() {
        return Actors.start(management, Actors.newRound(management), "AR");
    }

    List<ConsultationView> sessions(AssessmentView a) {
        return Actors.asCoordinatorOf("AR", () -> management.consultations(a.id()));
    }

    String page(AssessmentView a, String path) throws Exception {
        return mvc.perform(get("/assessments/" + a.id() + path).with(Actors.nationalCoordinator("AR"))
                .header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCoordinatorRecordsASessionAndItsStatementsByCluster() throws Exception {
        AssessmentView a = draft();
        mvc.perform(post("/assessments/" + a.id() + "/consultations").with(csrf()).with(Actors.nationalCoordinator("AR"))
                        .param("heldOn", "2026-03-10").param("title", "Taller con el sector privado")
                        .param("clusters", "GOVERNMENT", "PRIVATE_SECTOR").param("notes", "Sesión en Buenos Aires"))
                .andExpect(status().is3xxRedirection());
        ConsultationView session = sessions(a).getFirst();
        assertThat(session.clusters()).containsExactlyInAnyOrder(Cluster.GOVERNMENT, Cluster.PRIVATE_SECTOR);

        mvc.perform(post("/assessments/" + a.id() + "/consultations/" + session.id() + "/statements").with(csrf())
                        .with(Actors.nationalCoordinator("AR")).param("cluster", "PRIVATE_SECTOR").param("element", "D1.1.1")
                        .param("body", "La consulta no llegó a las pymes.").param("divergent", "true"))
                .andExpect(redirectedUrl("/assessments/" + a.id() + "/consultations#session-" + session.id()));

        String html = page(a, "/consultations");
        assertThat(html).contains("Taller con el sector privado", "2026-03-10", "Sesión en Buenos Aires",
                "<span>D1.1.1</span> · <span lang=\"es\">Desarrollo de la estrategia</span>", "La consulta no llegó a las pymes.",
                "Opinión divergente", "Sector privado");
        // the statement form offers only the clusters that were present, and has no field for a person
        String form = html.substring(html.indexOf("id=\"statement-" + session.id() + "-cluster\""));
        form = form.substring(0, form.indexOf("</select>"));
        assertThat(form).contains("value=\"GOVERNMENT\"", "value=\"PRIVATE_SECTOR\"").doesNotContain("value=\"ACADEMIA\"");
        assertThat(html).doesNotContain("name=\"person\"", "name=\"author\"");
    }

    @Test
    void aStatementOfAClusterThatWasNotPresentIsRefusedBesideTheClusterField() throws Exception {
        AssessmentView a = draft();
        ConsultationView session = Actors.asCoordinatorOf("AR", () -> management.consult(a.id(), LocalDate.of(2026, 3, 10),
                "Mesa de gobierno", Set.of(Cluster.GOVERNMENT), null));

        String html = mvc.perform(post("/assessments/" + a.id() + "/consultations/" + session.id() + "/statements")
                        .with(csrf()).with(Actors.nationalCoordinator("AR")).header("Accept-Language", "es")
                        .param("cluster", "ACADEMIA").param("element", "D1.1.1").param("body", "Falta investigación."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<p class=\"field-error\" id=\"statement-" + session.id()
                + "-cluster-error\">Ese grupo de actores no estuvo presente en la sesión.</p>", "Falta investigación.");
        assertThat(sessions(a).getFirst().statements()).isEmpty();
    }

    @Test
    void aSessionWithoutClustersOrWithABadDateIsRefusedBesideTheFields() throws Exception {
        AssessmentView a = draft();
        String html = mvc.perform(post("/assessments/" + a.id() + "/consultations").with(csrf())
                        .with(Actors.nationalCoordinator("AR")).header("Accept-Language", "es")
                        .param("heldOn", "10/03/2026").param("title", "Taller"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"session-heldOn-error\">Escriba una fecha válida (año-mes-día).</p>",
                "id=\"session-clusters-error\">Marque al menos un grupo de actores presente.</p>", "value=\"Taller\"");
        assertThat(sessions(a)).isEmpty();
    }

    @Test
    void consultationsAreForThePeopleWorkingOnTheAssessment() throws Exception {
        AssessmentView a = draft();
        mvc.perform(get("/assessments/" + a.id() + "/consultations")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/assessments/" + a.id() + "/consultations").with(Actors.nationalCoordinator("MX")))
                .andExpect(status().isNotFound());
        Actors.submit(management, a);
        String reviewer = mvc.perform(get("/assessments/" + a.id() + "/consultations").with(Actors.reviewer("AR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reviewer).doesNotContain("class=\"stack session-form\"");
        mvc.perform(post("/assessments/" + a.id() + "/consultations").with(csrf()).with(Actors.reviewer("AR"))
                .param("heldOn", "2026-03-10").param("title", "x").param("clusters", "GOVERNMENT"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDecisionEntersTheLogAndIsPublishedWithTheAssessment() throws Exception {
        AssessmentView a = draft();
        mvc.perform(post("/assessments/" + a.id() + "/decisions").with(csrf()).with(Actors.nationalCoordinator("AR"))
                        .param("element", "D1.1.1").param("question", "¿Cuenta el borrador como estrategia aprobada?")
                        .param("views", "Gobierno: sí. Academia: no, falta el decreto.")
                        .param("rationale", "Sin decreto publicado no se cumple D1.1.1-3a."))
                .andExpect(status().is3xxRedirection());

        String html = page(a, "/decisions");
        assertThat(html).contains("¿Cuenta el borrador como estrategia aprobada?", "Gobierno: sí. Academia: no, falta el decreto.",
                "Sin decreto publicado no se cumple D1.1.1-3a.", "Desarrollo de la estrategia", "nc.ar@example.org",
                "Registrar una decisión");

        mvc.perform(get("/assessments/" + a.id() + "/decisions")).andExpect(status().isNotFound());
        Actors.advance(management, a, true);
        String visitor = mvc.perform(get("/assessments/" + a.id() + "/decisions").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(visitor).contains("¿Cuenta el borrador como estrategia aprobada?")
                .doesNotContain("nc.ar@example.org", "Registrar una decisión");
    }

    @Test
    void anIncompleteDecisionComesBackWithItsErrors() throws Exception {
        AssessmentView a = draft();
        String html = mvc.perform(post("/assessments/" + a.id() + "/decisions").with(csrf()).with(Actors.nationalCoordinator("AR"))
                        .header("Accept-Language", "es").param("element", "X9").param("question", "¿Qué hacemos?")
                        .param("views", "").param("rationale", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"decision-element-error\">«X9» no es un factor ni un aspecto de este marco.</p>",
                "id=\"decision-views-error\">Este campo es obligatorio.</p>",
                "id=\"decision-rationale-error\">Este campo es obligatorio.</p>", "¿Qué hacemos?");
    }
}
