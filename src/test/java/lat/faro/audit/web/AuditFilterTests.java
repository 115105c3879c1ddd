package lat.faro.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import lat.faro.audit.AuditQuery;
import org.junit.jupiter.api.Test;

class AuditFilterTests {

    @Test
    void emptyFilterAsksForTheFirstPageOfEverything() {
        assertThat(AuditFilter.empty().parse().query()).isEqualTo(AuditQuery.all());
    }

    @Test
    void valuesAreTrimmedAndBlanksIgnored() {
        var parsed = new AuditFilter(" identity. ", "  ", "user:1", "2026-01-01", "2026-01-31", "2", "25").parse();

        assertThat(parsed.query()).isEqualTo(new AuditQuery("identity.", null, "user:1",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 2, 25));
    }

    @Test
    void everyWrongValueIsNamed() {
        var parsed = new AuditFilter("a".repeat(201), null, null, "31/01/2026", "2026-02-30", "x", "201").parse();

        assertThat(parsed.query()).isNull();
        assertThat(parsed.problems()).extracting(AuditFilter.Problem::field)
                .containsExactly("action", "from", "to", "page", "size");
        assertThat(parsed.problems()).extracting(AuditFilter.Problem::code)
                .containsExactly("audit.invalid.length", "audit.invalid.date", "audit.invalid.date",
                        "audit.invalid.page", "audit.invalid.size");
    }

    @Test
    void endBeforeStartIsBlamedOnTheEnd() {
        var parsed = new AuditFilter(null, null, null, "2026-03-02", "2026-03-01", null, null).parse();

        assertThat(parsed.problems()).extracting(AuditFilter.Problem::field).containsExactly("to");
    }

    @Test
    void linksKeepTheFiltersAndLeaveOutEmptyOnes() {
        var filter = new AuditFilter("identity.sign-in", "", "user:1 2", null, "2026-03-01", "4", null);

        assertThat(AuditPageController.link("/admin/audit", filter, 5))
                .isEqualTo("/admin/audit?action=identity.sign-in&subject=user:1%202&to=2026-03-01&page=5");
    }
}
