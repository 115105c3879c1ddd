package lat.faro.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A historic round imported from a small file, published, and read on the public statistics page:
 * the figures are checked against a count made by hand from the file.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class StatisticsPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired HistoricImport imports;
    @Autowired RegionalStatistics statistics;

    static <T> T asCoordinator(Supplier<T> call) {
        Grant grant = Grant.programme(Role.PROGRAMME_COORDINATOR);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("coord@test.faro.lat", "n/a", List.of(
                new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    String row(String html, String element) {
        String from = html.substring(html.indexOf("id=\"stats-" + element + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }

    @Test
    void thePublishedFiguresOfAnImportedRoundMatchAHandCountOfTheFile() throws Exception {
        String label = "Estudio 2018 " + UUID.randomUUID().toString().substring(0, 8);
        // D2.1.1 (government mind-set): AR start-up, BR formative, CO start-up, MX established.
        // D2.1 given as a factor only for AR and UY, both formative; D1.1.1 only for AR (strategic).
        String csv = """
                country;round;framework;element;stage;source
                AR;%1$s;faro-national-2016;D2.1.1;inicial;hand count
                BRA;%1$s;faro-national-2016;D2.1.1;formative;hand count
                CO;%1$s;faro-national-2016;D2.1.1;1;hand count
                MX;%1$s;faro-national-2016;D2.1.1;Consolidado;hand count
                AR;%1$s;faro-national-2016;D2.1;2;hand count
                UY;%1$s;faro-national-2016;D2.1;formatif;hand count
                AR;%1$s;faro-national-2016;D1.1.1;estratégico;hand count
                """.formatted(label);
        ImportPreview done = asCoordinator(() -> imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "estudio-2018.csv",
                false, false));
        assertThat(done.added()).isEqualTo(7);
        long round = done.rounds().getFirst().roundId();

        // Not published yet: not on the public page.
        mvc.perform(get("/insight/statistics/" + round)).andExpect(status().isNotFound());
        asCoordinator(() -> imports.publish(round));

        String html = mvc.perform(get("/insight/statistics/" + round).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("5 de 33 Estados miembros tienen resultados publicados en esta ronda (5 importados");
        String mindset = row(html, "D2.1.1");
        assertThat(mindset).contains("<td>4</td>", // assessed: the denominator
                "<td>2 de 4 (50,00 %)</td>", "<td>1 de 4 (25,00 %)</td>", // start-up, formative
                "<td>3 de 4 (75,00 %)</td>", // start-up to formative
                "<td>1 de 4 (25,00 %)</td>", // established to dynamic
                "<td>29</td>"); // not assessed, counted apart
        assertThat(row(html, "D2.1")).contains("<td>2</td>", "<td>2 de 2 (100,00 %)</td>").doesNotContain("derivado");
        assertThat(row(html, "D1.1.1")).contains("<td>1</td>", "<td>1 de 1 (100,00 %)</td>", "<td>0 de 1 (0,00 %)</td>");
        assertThat(row(html, "D1.1")).as("a factor whose aspects are not all assessed has no stage").contains("<td>0</td>", "<td>–</td>");

        String english = mvc.perform(get("/insight/statistics/" + round).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row(english, "D2.1.1")).contains("<td>3 of 4 (75.00 %)</td>");
        assertThat(mvc.perform(get("/insight/statistics")).andReturn().getResponse().getContentAsString()).contains(label);

        // The same figures as CSV, and the heatmap with each country's stage per factor.
        String csv2 = new String(mvc.perform(get("/insight/statistics/" + round + ".csv").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv2).startsWith("\uFEFFFactor o aspecto,Nombre,Tipo,Evaluados,Inicial,Inicial %,");
        assertThat(csv2.lines().filter(l -> l.startsWith("D2.1.1,")).findFirst().orElseThrow())
                .startsWith("D2.1.1,Gobierno,Aspecto,4,2,50.00,1,25.00,1,25.00,0,0.00,0,0.00,3,75.00,");
        byte[] xlsx = mvc.perform(get("/insight/statistics/" + round + ".xlsx").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var mindsetRow = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("D2.1.1")).findFirst().orElseThrow();
            assertThat(mindsetRow.getCell(3).getNumericCellValue()).as("assessed, as a number").isEqualTo(4.0);
            assertThat(mindsetRow.getCell(5).getNumericCellValue()).isEqualTo(50.0);
        }
        String heatmap = mvc.perform(get("/insight/statistics/" + round + "/heatmap").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String uruguay = heatmap.substring(heatmap.indexOf(">Uruguay<"));
        assertThat(uruguay.substring(0, uruguay.indexOf("</tr>"))).contains("heat heat--s2");
    }
}
