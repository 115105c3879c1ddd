package lat.faro.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lat.faro.audit.AuditEntry;
import lat.faro.audit.AuditPage;
import lat.faro.audit.AuditTrail;
import lat.faro.audit.ChainVerification;
import lat.faro.audit.web.AuditFilter.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit trail page for programme-wide administrators: filter, page through, verify. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
class AuditPageController {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String trail(@ModelAttribute("filter") AuditFilter filter, Model model) {
        var parsed = filter.parse();
        Map<String, Problem> problems = parsed.problems().stream()
                .collect(Collectors.toMap(Problem::field, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("problems", problems);
        if (parsed.query() != null) {
            AuditPage page = trail.search(parsed.query());
            model.addAttribute("result", page);
            model.addAttribute("rows", page.entries().stream().map(Row::of).toList());
            model.addAttribute("firstShown", page.entries().isEmpty() ? 0 : (long) page.page() * page.size() + 1);
            model.addAttribute("lastShown", (long) page.page() * page.size() + page.entries().size());
            model.addAttribute("previousUrl", page.hasPrevious() ? link("/admin/audit", filter, page.page() - 1) : null);
            model.addAttribute("nextUrl", page.hasNext() ? link("/admin/audit", filter, page.page() + 1) : null);
        }
        model.addAttribute("verifyUrl", link("/admin/audit/verification", filter, null));
        return "audit/trail";
    }

    /** A POST, not a GET: verification reads the whole trail, so it must not be triggered from another site. */
    @PostMapping("/verification")
    String verify(@ModelAttribute("filter") AuditFilter filter, Model model) {
        ChainVerification verification = trail.verify();
        model.addAttribute("verification", verification);
        model.addAttribute("verificationText", VerificationText.of(verification));
        model.addAttribute("verifiedAt", SHOWN.format(verification.verifiedAt()));
        return trail(filter, model);
    }

    /** The path with the current filters (and another page), leaving out empty values. */
    static String link(String path, AuditFilter filter, @Nullable Integer page) {
        var uri = UriComponentsBuilder.fromPath(path);
        add(uri, "action", filter.action());
        add(uri, "actor", filter.actor());
        add(uri, "subject", filter.subject());
        add(uri, "from", filter.from());
        add(uri, "to", filter.to());
        add(uri, "size", filter.size());
        add(uri, "page", page == null ? filter.page() : page.toString());
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }

    /** One table row, formatted for reading. */
    record Row(long seq, String occurredAt, String occurredAtIso, String action, String actor, String subject,
            List<String> details, String hash, String hashShort) {

        static Row of(AuditEntry e) {
            List<String> details = e.details().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(d -> d.getKey() + ": " + d.getValue())
                    .toList();
            return new Row(e.seq(), SHOWN.format(e.occurredAt()), e.occurredAt().toString(), e.action(), e.actor(),
                    e.subject(), details, e.hash(), e.hash().substring(0, Math.min(12, e.hash().length())));
        }
    }
}
