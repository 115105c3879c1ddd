package lat.faro.training;

import java.util.Map;
import lat.faro.shared.AuditableEvent;

/** Something that changed in training, for the audit trail and for listeners. */
public sealed interface TrainingEvent extends AuditableEvent {

    record CourseSaved(long courseId, String code, boolean created, String actor) implements TrainingEvent {
        @Override public String action() { return created ? "training.course.created" : "training.course.updated"; }
        @Override public String subject() { return "course:" + courseId; }
        @Override public Map<String, String> details() { return Map.of("code", code); }
    }

    record EventCreated(long eventId, long courseId, String country, String actor) implements TrainingEvent {
        @Override public String action() { return "training.event.created"; }
        @Override public String subject() { return "training-event:" + eventId; }
        @Override public Map<String, String> details() { return Map.of("course", Long.toString(courseId), "country", country); }
    }

    record EventStatusChanged(long eventId, EventStatus from, EventStatus to, String actor) implements TrainingEvent {
        @Override public String action() { return "training.event.status"; }
        @Override public String subject() { return "training-event:" + eventId; }
        @Override public Map<String, String> details() { return Map.of("from", from.name(), "to", to.name()); }
    }

    /** Personal data stays out of the trail: the registration is named by its id. */
    record Registered(long eventId, long registrationId, RegistrationStatus status, String actor) implements TrainingEvent {
        @Override public String action() { return "training.registration.created"; }
        @Override public String subject() { return "registration:" + registrationId; }
        @Override public Map<String, String> details() { return Map.of("event", Long.toString(eventId), "status", status.name()); }
    }

    record RegistrationCancelled(long eventId, long registrationId, String actor) implements TrainingEvent {
        @Override public String action() { return "training.registration.cancelled"; }
        @Override public String subject() { return "registration:" + registrationId; }
        @Override public Map<String, String> details() { return Map.of("event", Long.toString(eventId)); }
    }

    /** A place freed up and the first on the waiting list took it. */
    record PromotedFromWaitingList(long eventId, long registrationId, String actor) implements TrainingEvent {
        @Override public String action() { return "training.registration.promoted"; }
        @Override public String subject() { return "registration:" + registrationId; }
        @Override public Map<String, String> details() { return Map.of("event", Long.toString(eventId)); }
    }

    /** Personal data of {@code registrations} registrations erased, on request ({@code self}) or by {@code retention}. */
    record PersonalDataErased(int registrations, String reason, String actor) implements TrainingEvent {
        @Override public String action() { return "training.personal-data.erased"; }
        @Override public String subject() { return "registrations"; }
        @Override public Map<String, String> details() { return Map.of("count", Integer.toString(registrations), "reason", reason); }
    }

    /** A trainer or programme staff marked someone present or absent at a session, on its roster. */
    record AttendanceMarked(long eventId, long sessionId, long registrationId, boolean present, String actor)
            implements TrainingEvent {
        @Override public String action() { return "training.attendance.marked"; }
        @Override public String subject() { return "registration:" + registrationId; }
        @Override public Map<String, String> details() {
            return Map.of("event", Long.toString(eventId), "session", Long.toString(sessionId), "present", Boolean.toString(present));
        }
    }

    /** A participant checked in at a session with its code. */
    record CheckedIn(long eventId, long sessionId, long registrationId, String actor) implements TrainingEvent {
        @Override public String action() { return "training.attendance.checkedIn"; }
        @Override public String subject() { return "registration:" + registrationId; }
        @Override public Map<String, String> details() { return Map.of("event", Long.toString(eventId), "session", Long.toString(sessionId)); }
    }

    /** A session got its check-in code. The code stays out of the trail: whoever read it there could check in. */
    record CheckInCodeCreated(long eventId, long sessionId, String actor) implements TrainingEvent {
        @Override public String action() { return "training.attendance.codeCreated"; }
        @Override public String subject() { return "training-session:" + sessionId; }
        @Override public Map<String, String> details() { return Map.of("event", Long.toString(eventId)); }
    }

    /** A course's question bank was saved as a new version. */
    record QuestionBankSaved(long courseId, int version, int questions, String actor) implements TrainingEvent {
        @Override public String action() { return "training.questions.saved"; }
        @Override public String subject() { return "course:" + courseId; }
        @Override public Map<String, String> details() {
            return Map.of("version", Integer.toString(version), "questions", Integer.toString(questions));
        }
    }

    /** A participant submitted a pre- or post-test; the score stays out of the trail. */
    record TestSubmitted(long eventId, long registrationId, TestKind kind, long attemptId, String actor) implements TrainingEvent {
        @Override public String action() { return "training.test.submitted"; }
        @Override public String subject() { return "registration:" + registrationId; }
        @Override public Map<String, String> details() {
            return Map.of("event", Long.toString(eventId), "test", kind.name(), "attempt", Long.toString(attemptId));
        }
    }

    /** Certificates issued for an event (how many; who holds them stays out of the trail). */
    record CertificatesIssued(long eventId, int count, String actor) implements TrainingEvent {
        @Override public String action() { return "training.certificates.issued"; }
        @Override public String subject() { return "training-event:" + eventId; }
        @Override public Map<String, String> details() { return Map.of("count", Integer.toString(count)); }
    }

    record CertificateRevoked(long eventId, long certificateId, String actor) implements TrainingEvent {
        @Override public String action() { return "training.certificate.revoked"; }
        @Override public String subject() { return "certificate:" + certificateId; }
        @Override public Map<String, String> details() { return Map.of("event", Long.toString(eventId)); }
    }

    /** Invitation links made for an event (how many; to whom stays out of the trail). */
    record Invited(long eventId, int count, String actor) implements TrainingEvent {
        @Override public String action() { return "training.invitations.issued"; }
        @Override public String subject() { return "training-event:" + eventId; }
        @Override public Map<String, String> details() { return Map.of("count", Integer.toString(count)); }
    }
}
