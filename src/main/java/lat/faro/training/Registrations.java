package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;
import static lat.faro.training.TrainingCatalogue.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for training events: while registration is open, a person takes a place or, when
 * the event is full, a place on the waiting list; cancelling a confirmed place gives it to the
 * first on the list in the same transaction. Registrations of one event are serialised on the
 * event's row, so two people never take the last place both. One registration per person
 * (e-mail) and event: a second is a 409 and writes nothing; a cancelled one may register again.
 */
@Service
@Transactional
public class Registrations {

    private static final Pattern EMAIL = TrainingInput.EMAIL;

    private final JdbcClient jdbc;
    private final TrainingEvents trainingEvents;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final String privacyNoticeVersion;
    private final SignedLinks links;

    Registrations(JdbcClient jdbc, TrainingEvents trainingEvents, Access access, ApplicationEventPublisher events,
            java.time.Clock clock, @Value("${faro.training.privacy-notice-version}") String privacyNoticeVersion, SignedLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.trainingEvents = trainingEvents;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    /** The version of the privacy notice a registration must accept now. */
    public String privacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    /**
     * Registers a person for an open event. 400 naming every bad field (consent included); 409
     * when registration is not open, when the event takes invitations only, or when the person is
     * already registered.
     */
    public RegistrationView register(long eventId, RegistrationForm form) {
        trainingEvents.event(eventId); // 404 for an event the person may not see
        String email = check(form);
        // Serialise the registrations of this event: the status and the count of places below are exact.
        jdbc.sql("select id from training_event where id = ? for update").param(eventId).query(Long.class).single();
        EventView event = trainingEvents.load(eventId).orElseThrow();
        if (event.status() != EventStatus.REGISTRATION_OPEN) {
            throw InvalidFieldException.conflict("event", "training.registration.closed");
        }
        String nonce = null;
        if (event.registrationMode() == EventDraft.RegistrationMode.INVITATION && !trainingEvents.canRun(event)) {
            nonce = invitation(event, email, form.invitation());
        }
        Optional<Stored> existing = stored(eventId, email);
        if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
            throw InvalidFieldException.conflict("email", "training.registration.duplicate", email);
        }
        int confirmed = trainingEvents.count(eventId, RegistrationStatus.CONFIRMED);
        RegistrationStatus status = confirmed < event.capacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        Instant now = clock.instant();
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            jdbc.sql("update training_registration set full_name = ?, organisation = ?, job_title = ?, sector = ?, gender = ?, "
                            + "status = ?, consent_version = ?, consented_at = ?, registered_at = ?, confirmed_at = ?, cancelled_at = null, "
                            + "invitation_nonce = coalesce(?, invitation_nonce) where id = ?")
                    .params(form.fullName().strip(), form.organisation().strip(), TrainingInput.blankToNull(form.jobTitle()),
                            String.valueOf(form.sector()), form.gender() == null ? null : form.gender().name(), status.name(),
                            privacyNoticeVersion, at(now), at(now), status == RegistrationStatus.CONFIRMED ? at(now) : null, nonce, id)
                    .update();
        } else {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into training_registration (event_id, email, full_name, organisation, job_title, sector, gender, status, "
                            + "consent_version, consented_at, registered_at, confirmed_at, invitation_nonce) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(eventId, email, form.fullName().strip(), form.organisation().strip(), TrainingInput.blankToNull(form.jobTitle()),
                            String.valueOf(form.sector()), form.gender() == null ? null : form.gender().name(), status.name(),
                            privacyNoticeVersion, at(now), at(now), status == RegistrationStatus.CONFIRMED ? at(now) : null, nonce)
                    .update(keys, "id");
            id = keys.getKeyAs(Long.class);
        }
        events.publishEvent(new TrainingEvent.Registered(eventId, id, status, actor()));
        return view(id);
    }

    /**
     * Cancels a registration, by its holder, the event's trainers or programme staff; a confirmed
     * place goes to the first on the waiting list. Cancelling twice changes nothing.
     */
    public RegistrationView cancel(long registrationId) {
        Stored registration = storedById(registrationId)
                .orElseThrow(() -> new NotFoundException("training.registration.notFound", registrationId));
        EventView event = trainingEvents.load(registration.eventId()).orElseThrow();
        if (!isHolder(registration) && !trainingEvents.canRun(event)) {
            throw new NotFoundException("training.registration.notFound", registrationId);
        }
        jdbc.sql("select id from training_event where id = ? for update").param(event.id()).query(Long.class).single();
        Stored current = storedById(registrationId).orElseThrow();
        if (current.status() == RegistrationStatus.CANCELLED) {
            return view(registrationId);
        }
        Instant now = clock.instant();
        jdbc.sql("update training_registration set status = ?, cancelled_at = ? where id = ?")
                .params(RegistrationStatus.CANCELLED.name(), at(now), registrationId).update();
        events.publishEvent(new TrainingEvent.RegistrationCancelled(event.id(), registrationId, actor()));
        if (current.status() == RegistrationStatus.CONFIRMED
                && trainingEvents.count(event.id(), RegistrationStatus.CONFIRMED) < event.capacity()) {
            jdbc.sql("select id from training_registration where event_id = ? and status = ? order by registered_at, id")
                    .params(event.id(), RegistrationStatus.WAITLISTED.name()).query(Long.class).list().stream().findFirst()
                    .ifPresent(next -> {
                        jdbc.sql("update training_registration set status = ?, confirmed_at = ? where id = ?")
                                .params(RegistrationStatus.CONFIRMED.name(), at(now), next).update();
                        events.publishEvent(new TrainingEvent.PromotedFromWaitingList(event.id(), next, "system"));
                    });
        }
        return view(registrationId);
    }

    /**
     * Invitations to an event that takes them only: a signed link per address, valid for
     * {@code days} days, for the event's trainers and programme staff. Each link registers the
     * person it was made for, once.
     */
    public List<Invitation> invite(long eventId, List<String> emails, int days) {
        EventView event = trainingEvents.event(eventId);
        if (!trainingEvents.canRun(event)) {
            throw new AccessDeniedException("invitations of event " + eventId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (emails.isEmpty() || emails.size() > 500) {
            problems.add(FieldProblem.at("emails", "training.invitation.count", 500));
        }
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i) == null ? "" : emails.get(i).strip();
            if (!EMAIL.matcher(email).matches() || email.length() > 320) {
                problems.add(FieldProblem.at("emails[" + i + "]", "training.event.email", email));
            }
        }
        if (days < 1 || days > 90) {
            problems.add(FieldProblem.at("days", "training.invitation.days", 90));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        java.time.Instant expires = clock.instant().plus(java.time.Duration.ofDays(days));
        List<Invitation> out = new ArrayList<>();
        for (String email : emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().toList()) {
            out.add(new Invitation(email, links.issue(SignedLinks.Purpose.INVITATION, eventId + "|" + email, expires), expires));
        }
        events.publishEvent(new TrainingEvent.Invited(eventId, out.size(), actor()));
        return out;
    }

    /** An invitation: whom it is for, its token (for {@code /training/events/{id}?invitation=}) and its expiry. */
    public record Invitation(String email, String token, java.time.Instant expiresAt) {
    }

    /**
     * Checks an invitation for this event and person: signed here, not expired, made for this
     * e-mail, and not used before (its nonce is kept on the registration). Returns the nonce.
     */
    private String invitation(EventView event, String email, @Nullable String token) {
        if (token == null || token.isBlank()) {
            throw InvalidFieldException.conflict("invitation", "training.registration.invitationOnly");
        }
        SignedLinks.Verified verified = links.verify(token.strip(), SignedLinks.Purpose.INVITATION);
        if (verified instanceof SignedLinks.Verified.Refused refused) {
            throw InvalidFieldException.conflict("invitation", refused.reason() == SignedLinks.Refusal.EXPIRED
                    ? "training.invitation.expired" : "training.invitation.invalid");
        }
        SignedLinks.Verified.Valid valid = (SignedLinks.Verified.Valid) verified;
        if (!valid.subject().equals(event.id() + "|" + email)) {
            throw InvalidFieldException.conflict("invitation", "training.invitation.notYours");
        }
        if (jdbc.sql("select count(*) from training_registration where invitation_nonce = ?").param(valid.nonce())
                .query(Long.class).single() > 0) {
            throw InvalidFieldException.conflict("invitation", "training.invitation.used");
        }
        return valid.nonce();
    }

    /** The signed-in person's registration for an event, cancelled or not, if they have one. */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> mine(long eventId) {
        String user = access.userName();
        if (user == null) {
            return Optional.empty();
        }
        return stored(eventId, user.toLowerCase(Locale.ROOT)).map(s -> view(s.id()));
    }

    /** The registrations of an event, for its trainers and programme staff; 404 for anyone else. */
    @Transactional(readOnly = true)
    public List<RegistrationView> of(long eventId) {
        EventView event = trainingEvents.event(eventId);
        if (!trainingEvents.canSeePeople(event)) {
            throw new AccessDeniedException("registrations of event " + eventId);
        }
        return jdbc.sql("select id from training_registration where event_id = ? order by status, registered_at, id").param(eventId)
                .query(Long.class).list().stream().map(this::view).toList();
    }

    /** One registration, for its holder, the event's trainers and programme staff; 404 for anyone else. */
    @Transactional(readOnly = true)
    public RegistrationView registration(long id) {
        Stored stored = storedById(id).orElseThrow(() -> new NotFoundException("training.registration.notFound", id));
        EventView event = trainingEvents.load(stored.eventId()).orElseThrow();
        if (!isHolder(stored) && !trainingEvents.canSeePeople(event)) {
            throw new NotFoundException("training.registration.notFound", id);
        }
        return view(id);
    }

    /** A registration without any check of who asks: for the module's own listeners (mail), never for a request. */
    RegistrationView internal(long id) {
        return view(id);
    }

    private RegistrationView view(long id) {
        return jdbc.sql("select * from training_registration where id = ?").param(id).query((rs, n) -> {
            RegistrationStatus status = RegistrationStatus.valueOf(rs.getString("status"));
            Integer position = null;
            if (status == RegistrationStatus.WAITLISTED) {
                position = 1 + jdbc.sql("select count(*) from training_registration where event_id = ? and status = ? "
                                + "and (registered_at < ? or (registered_at = ? and id < ?))")
                        .params(rs.getLong("event_id"), RegistrationStatus.WAITLISTED.name(), rs.getObject("registered_at"),
                                rs.getObject("registered_at"), id)
                        .query(Integer.class).single();
            }
            String gender = rs.getString("gender");
            return new RegistrationView(id, rs.getLong("event_id"), rs.getString("email"), rs.getString("full_name"),
                    rs.getString("organisation"), rs.getString("job_title"), RegistrationForm.Sector.valueOf(rs.getString("sector")),
                    gender == null ? null : RegistrationForm.Gender.valueOf(gender), status, position,
                    rs.getString("consent_version"), instant(rs, "consented_at"), instant(rs, "registered_at"));
        }).single();
    }

    private record Stored(long id, long eventId, String email, RegistrationStatus status) {
    }

    private Optional<Stored> stored(long eventId, String email) {
        return jdbc.sql("select id, event_id, email, status from training_registration where event_id = ? and email = ?")
                .params(eventId, email).query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        RegistrationStatus.valueOf(rs.getString(4)))).optional();
    }

    private Optional<Stored> storedById(long id) {
        return jdbc.sql("select id, event_id, email, status from training_registration where id = ?")
                .param(id).query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        RegistrationStatus.valueOf(rs.getString(4)))).optional();
    }

    private boolean isHolder(Stored registration) {
        String user = access.userName();
        return user != null && user.equalsIgnoreCase(registration.email());
    }

    private String check(RegistrationForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String email = form.email() == null ? "" : form.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.at("email", "training.registration.email"));
        }
        TrainingCatalogue.length(problems, "fullName", form.fullName(), 1, 200);
        TrainingCatalogue.length(problems, "organisation", form.organisation(), 1, 200);
        if (form.jobTitle() != null) {
            TrainingCatalogue.length(problems, "jobTitle", form.jobTitle(), 0, 200);
        }
        if (form.sector() == null) {
            problems.add(FieldProblem.at("sector", "training.field.required"));
        }
        if (form.consentVersion() == null || form.consentVersion().isBlank()) {
            problems.add(FieldProblem.at("consent", "training.registration.consentRequired"));
        } else if (!privacyNoticeVersion.equals(form.consentVersion().strip())) {
            problems.add(FieldProblem.at("consent", "training.registration.consentOutdated", privacyNoticeVersion));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return email;
    }

    private String actor() {
        String user = access.userName();
        return user == null ? "anonymous" : user;
    }
}
