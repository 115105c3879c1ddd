package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;
import static lat.faro.training.TrainingCatalogue.instant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lat.faro.shared.CountryCode;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.shared.web.PdfDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Certificates of completed training events. Trainers and programme staff issue them once the
 * event is completed, to each confirmed participant who meets the event's completion rule
 * (attendance at least x % of the sessions held; the post-test at least y %, when the rule asks for
 * it). Each is a signed JSON document (Ed25519, verifiable offline with the published keys) and a
 * PDF in the event's language with its verification code and a QR code of the public
 * verification address. Issuing again issues only what is missing. Programme staff revoke with a
 * reason; the public verification shows only name, course, date and status.
 */
@Service
@Transactional
public class Certificates {

    public record Issued(int issued, int alreadyHad, List<NotEligible> notEligible) {
    }

    /** A confirmed participant who does not meet the rule, and why (attendance or post-test). */
    public record NotEligible(long registrationId, String participant, String reason) {
    }

    public record CertificateView(long id, String code, long registrationId, long eventId, String participant, String course,
            Instant issuedAt, @Nullable Instant revokedAt, @Nullable String revokedReason) {

        public boolean valid() {
            return revokedAt == null;
        }
    }

    /** What the public verification says about a typed code. */
    public record Verification(Status status, @Nullable String participant, @Nullable String course, @Nullable LocalDate date,
            @Nullable Instant revokedAt) {

        public enum Status { VALID, REVOKED, NOT_FOUND, MISTYPED, MALFORMED }
    }

    /** The completion rule of an event: attendance percentage, and the post-test percentage or null. */
    public record Rule(int attendance, @Nullable Integer postTest) {
    }

    private final JdbcClient jdbc;
    private final TrainingEvents events;
    private final Attendance attendance;
    private final CertificateKeyStore keys;
    private final Access access;
    private final ApplicationEventPublisher publisher;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final String baseUrl;

    Certificates(JdbcClient jdbc, TrainingEvents events, Attendance attendance, CertificateKeyStore keys, Access access,
            ApplicationEventPublisher publisher, ITemplateEngine templates, Clock clock,
            @Value("${faro.identity.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.events = events;
        this.attendance = attendance;
        this.keys = keys;
        this.access = access;
        this.publisher = publisher;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional(readOnly = true)
    public Rule rule(long eventId) {
        events.event(eventId);
        return jdbc.sql("select completion_attendance, completion_post_test from training_event where id = ?").param(eventId)
                .query((rs, n) -> new Rule(rs.getInt(1), (Integer) rs.getObject(2, Integer.class))).single();
    }

    /** Sets an event's completion rule (trainers of the event and programme staff); 400 naming a bad field. */
    public Rule setRule(long eventId, @Nullable Integer attendancePercent, @Nullable Integer postTestPercent) {
        EventView event = run(eventId);
        List<FieldProblem> problems = new ArrayList<>();
        if (attendancePercent == null || attendancePercent < 0 || attendancePercent > 100) {
            problems.add(FieldProblem.at("attendance", "training.certificate.percent"));
        }
        if (postTestPercent != null && (postTestPercent < 0 || postTestPercent > 100)) {
            problems.add(FieldProblem.at("postTest", "training.certificate.percent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("update training_event set completion_attendance = ?, completion_post_test = ? where id = ?")
                .params(attendancePercent, postTestPercent, event.id()).update();
        return rule(eventId);
    }

    /** Issues the missing certificates of a completed event; 409 before it is completed. */
    public Issued issue(long eventId) {
        EventView event = run(eventId);
        if (event.status() != EventStatus.COMPLETED && event.status() != EventStatus.REPORTED) {
            throw InvalidFieldException.conflict("status", "training.certificate.notCompleted", event.status().name());
        }
        Rule rule = rule(eventId);
        Map<Long, Fraction> rates = attendance.rates(event);
        Map<Long, int[]> postTests = new HashMap<>();
        jdbc.sql("select registration_id, points, possible from training_test_attempt where event_id = ? and kind = 'POST'")
                .param(eventId).query(rs -> {
                    postTests.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        Locale language = Locale.forLanguageTag(event.language());
        String course = event.courseTitle().in(language);
        LocalDate startsOn = event.sessions().getFirst().startsAt().toLocalDate();
        LocalDate endsOn = event.sessions().getLast().endsAt().toLocalDate();
        int issued = 0;
        int had = 0;
        List<NotEligible> notEligible = new ArrayList<>();
        record Person(long id, String name) {
        }
        List<Person> people = jdbc.sql("select id, full_name from training_registration where event_id = ? and status = 'CONFIRMED' "
                        + "and erased_at is null order by id").param(eventId)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2))).list();
        for (Person person : people) {
            if (jdbc.sql("select count(*) from training_certificate where registration_id = ?").param(person.id())
                    .query(Long.class).single() > 0) {
                had++;
                continue;
            }
            Fraction rate = rates.getOrDefault(person.id(), Fraction.ZERO);
            if (rate.multiply(Fraction.HUNDRED).compareTo(Fraction.of(rule.attendance())) < 0) {
                notEligible.add(new NotEligible(person.id(), person.name(), "attendance"));
                continue;
            }
            if (rule.postTest() != null) {
                int[] score = postTests.get(person.id());
                if (score == null || score[1] == 0
                        || Fraction.of(score[0] * 100L, score[1]).compareTo(Fraction.of(rule.postTest())) < 0) {
                    notEligible.add(new NotEligible(person.id(), person.name(), "postTest"));
                    continue;
                }
            }
            VerificationCode code = uniqueCode();
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            CertificateDocument document = new CertificateDocument(code, person.name(), course, event.courseCode(),
                    new CertificateDocument.Event(Long.toString(event.id()), startsOn, endsOn, new CountryCode(event.country()),
                            event.language()), now, URI.create(baseUrl));
            CertificateSigner signer = keys.signer();
            jdbc.sql("insert into training_certificate (code, registration_id, event_id, participant, course, issued_at, key_id, signed_json) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(code.value(), person.id(), eventId, person.name(), course, at(now), signer.keyId(), signer.sign(document))
                    .update();
            issued++;
        }
        if (issued > 0) {
            publisher.publishEvent(new TrainingEvent.CertificatesIssued(eventId, issued, String.valueOf(access.userName())));
        }
        return new Issued(issued, had, notEligible);
    }

    /** The certificates of an event, for its trainers and programme staff. */
    @Transactional(readOnly = true)
    public List<CertificateView> of(long eventId) {
        run(eventId);
        return jdbc.sql("select * from training_certificate where event_id = ? order by participant, id").param(eventId)
                .query((rs, n) -> view(rs)).list();
    }

    /** The signed-in person's certificate for an event, if any. */
    @Transactional(readOnly = true)
    public Optional<CertificateView> mine(long eventId) {
        String user = access.userName();
        if (user == null) {
            return Optional.empty();
        }
        return jdbc.sql("select c.* from training_certificate c join training_registration r on r.id = c.registration_id "
                        + "where c.event_id = ? and r.email = ?").params(eventId, user.toLowerCase(Locale.ROOT))
                .query((rs, n) -> view(rs)).optional();
    }

    /** What anyone may learn from a code: name, course, date and whether it is valid. */
    @Transactional(readOnly = true)
    public Verification verify(String typed) {
        return switch (VerificationCode.read(typed)) {
            case VerificationCode.Reading.Malformed m -> new Verification(Verification.Status.MALFORMED, null, null, null, null);
            case VerificationCode.Reading.Mistyped m -> new Verification(Verification.Status.MISTYPED, null, null, null, null);
            case VerificationCode.Reading.Valid v -> jdbc.sql("select participant, course, issued_at, revoked_at from training_certificate "
                            + "where code = ?").param(v.code().value())
                    .query((rs, n) -> {
                        Instant revoked = rs.getObject("revoked_at", java.time.OffsetDateTime.class) == null ? null
                                : instant(rs, "revoked_at");
                        return new Verification(revoked == null ? Verification.Status.VALID : Verification.Status.REVOKED,
                                rs.getString("participant"), rs.getString("course"),
                                instant(rs, "issued_at").atZone(java.time.ZoneOffset.UTC).toLocalDate(), revoked);
                    })
                    .optional().orElse(new Verification(Verification.Status.NOT_FOUND, null, null, null, null));
        };
    }

    /** Whether the current person may revoke certificates: programme staff. */
    public boolean canRevoke() {
        return access.programmeWide(Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }

    /** Revokes a certificate (programme staff); the reason is required. Revoking again changes nothing. */
    public CertificateView revoke(long id, @Nullable String reason) {
        if (!canRevoke()) {
            throw new AccessDeniedException("revocation");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw InvalidFieldException.invalid("reason", "training.certificate.reason");
        }
        CertificateView certificate = find(id);
        if (certificate.valid()) {
            jdbc.sql("update training_certificate set revoked_at = ?, revoked_reason = ?, revoked_by = ? where id = ?")
                    .params(at(clock.instant()), reason.strip(), String.valueOf(access.userName()), id).update();
            publisher.publishEvent(new TrainingEvent.CertificateRevoked(certificate.eventId(), id, String.valueOf(access.userName())));
        }
        return find(id);
    }

    /** The signed JSON of a certificate, for its holder, the event's trainers and programme staff. */
    @Transactional(readOnly = true)
    public String json(long id) {
        readable(id);
        return jdbc.sql("select signed_json from training_certificate where id = ?").param(id).query(String.class).single();
    }

    /** The certificate as a PDF in the event's language, for its holder, the event's trainers and programme staff. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return render(readable(id));
    }

    /** Every certificate of an event as one ZIP of PDFs, for its trainers and programme staff. */
    @Transactional(readOnly = true)
    public byte[] zip(long eventId) {
        List<CertificateView> all = of(eventId);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (CertificateView certificate : all) {
                zip.putNextEntry(new ZipEntry("certificate-" + certificate.code() + ".pdf"));
                zip.write(render(certificate));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The public keys that signed certificates here, as a JWK Set. */
    @Transactional(readOnly = true)
    public String keySet() {
        return CertificateKeys.jwkSet(keys.publicKeys());
    }

    private byte[] render(CertificateView certificate) {
        EventView event = events.load(certificate.eventId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(event.language());
        String url = baseUrl + "/verify/" + certificate.code();
        Map<String, Object> variables = new HashMap<>();
        variables.put("c", certificate);
        variables.put("event", event);
        variables.put("country", event.country());
        variables.put("url", url);
        variables.put("qr", PdfDocuments.dataUri(QrCodes.png(url, 300)));
        var dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale);
        variables.put("startsOn", event.sessions().getFirst().startsAt().toLocalDate().format(dates));
        variables.put("endsOn", event.sessions().getLast().endsAt().toLocalDate().format(dates));
        return PdfDocuments.render(templates.process("training/certificate", new Context(locale, variables)));
    }

    private CertificateView readable(long id) {
        CertificateView certificate = find(id);
        String user = access.userName();
        boolean holder = user != null && jdbc.sql("select count(*) from training_registration where id = ? and email = ?")
                .params(certificate.registrationId(), user.toLowerCase(Locale.ROOT)).query(Long.class).single() > 0;
        if (!holder) {
            EventView event = events.load(certificate.eventId()).orElseThrow();
            if (!events.canRun(event)) {
                throw new NotFoundException("training.certificate.notFound", id);
            }
        }
        return certificate;
    }

    private CertificateView find(long id) {
        return jdbc.sql("select * from training_certificate where id = ?").param(id).query((rs, n) -> view(rs)).optional()
                .orElseThrow(() -> new NotFoundException("training.certificate.notFound", id));
    }

    private EventView run(long eventId) {
        EventView event = events.event(eventId);
        if (!events.canRun(event)) {
            throw new AccessDeniedException("training event " + eventId);
        }
        return event;
    }

    private VerificationCode uniqueCode() {
        while (true) {
            VerificationCode code = VerificationCode.generate();
            if (jdbc.sql("select count(*) from training_certificate where code = ?").param(code.value()).query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    private static CertificateView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant revoked = rs.getObject("revoked_at", java.time.OffsetDateTime.class) == null ? null : instant(rs, "revoked_at");
        return new CertificateView(rs.getLong("id"), new VerificationCode(rs.getString("code")).grouped(), rs.getLong("registration_id"),
                rs.getLong("event_id"), rs.getString("participant"), rs.getString("course"), instant(rs, "issued_at"), revoked,
                rs.getString("revoked_reason"));
    }
}
