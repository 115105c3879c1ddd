package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.training.Attendance;
import lat.faro.training.AttendanceMethod;
import lat.faro.training.CheckIn;
import lat.faro.training.CheckInCode;
import lat.faro.training.EventStatus;
import lat.faro.training.Fraction;
import lat.faro.training.Roster;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Attendance per session: the roster and its marks, the session's check-in code and the
 * attendance rates, for an event's trainers and programme staff; checking in with a code, for the
 * participant.
 */
@RestController
@RequestMapping(path = "/api/v1/training", produces = "application/json")
@Tag(name = "Training attendance", description = "Attendance per session: rosters, marks, check-in codes and rates")
class AttendanceApi {

    private final Attendance attendance;

    AttendanceApi(Attendance attendance) {
        this.attendance = attendance;
    }

    /** One person's mark; {@code present}, {@code method} and {@code recordedAt} are null while unmarked. */
    record MarkDoc(long registration, String fullName, String organisation, String email, @Nullable Boolean present,
            @Nullable AttendanceMethod method, @Nullable Instant recordedAt) {

        static MarkDoc of(Roster.Line l) {
            return new MarkDoc(l.registrationId(), l.fullName(), l.organisation(), l.email(), l.present(), l.method(), l.recordedAt());
        }
    }

    record RosterDoc(long event, long session, int position, ZonedDateTime startsAt, ZonedDateTime endsAt, EventStatus status,
            boolean markable, int present, int total, List<MarkDoc> people) {
    }

    @GetMapping("/events/{id}/sessions/{sessionId}/attendance")
    @Operation(summary = "A session's roster (programme staff and the event's trainers)",
            description = "The event's confirmed registrations by name, each with its mark for the session. `markable` says "
                    + "whether marks may be recorded now (the event is running or completed). 404 for an event the caller "
                    + "may not see or a session of another event; 403 for anyone who does not run the event.")
    RosterDoc roster(@PathVariable long id, @PathVariable long sessionId) {
        Roster r = attendance.roster(id, sessionId);
        return new RosterDoc(r.event().id(), r.session().id(), r.session().position(), r.session().startsAt(), r.session().endsAt(),
                r.event().status(), r.markable(), r.present(), r.total(), r.lines().stream().map(MarkDoc::of).toList());
    }

    record MarkRequest(@Nullable Boolean present) {
    }

    @PutMapping("/events/{id}/sessions/{sessionId}/attendance/{registrationId}")
    @Operation(summary = "Mark a person present or absent at a session (programme staff and the event's trainers)",
            description = "Only while the event is running or, for late corrections, completed: otherwise a 409 naming the "
                    + "status. Only for a confirmed registration of the event (404 for another event's, 409 for one not "
                    + "confirmed). Marking again with the same value writes nothing.")
    MarkDoc mark(@PathVariable long id, @PathVariable long sessionId, @PathVariable long registrationId,
            @RequestBody MarkRequest request) {
        if (request.present() == null) {
            throw InvalidFieldException.invalid("present", "training.field.required");
        }
        return MarkDoc.of(attendance.mark(id, sessionId, registrationId, request.present()));
    }

    /** {@code url} is {@code path} on the address the caller used, for a QR code shown in the room. */
    record CodeDoc(long event, long session, String code, String path, String url, ZonedDateTime opensAt, ZonedDateTime closesAt) {
    }

    @GetMapping("/events/{id}/sessions/{sessionId}/check-in-code")
    @Operation(summary = "A session's check-in code (programme staff and the event's trainers)",
            description = "Six letters and digits without look-alikes, made on the first request and the same afterwards, with "
                    + "the check-in page's link. Participants may check in with it from 30 minutes before the session "
                    + "starts until it ends (`opensAt`, `closesAt`, in the venue's time zone).")
    CodeDoc checkInCode(@PathVariable long id, @PathVariable long sessionId) {
        CheckInCode c = attendance.checkInCode(id, sessionId);
        return new CodeDoc(c.event().id(), c.session().id(), c.code(), c.path(),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + c.path(), c.opensAt(), c.session().endsAt());
    }

    /** {@code rate} is exact (e.g. {@code 2/3}); {@code percent} is rounded to two decimals. */
    record RateDoc(long registration, String rate, BigDecimal percent) {
    }

    @GetMapping("/events/{id}/attendance")
    @Operation(summary = "Attendance rate per registration (programme staff and the event's trainers)",
            description = "For each confirmed registration: the sessions held so far (started) at which it was marked present, "
                    + "divided by the sessions held; zero while none has been held.")
    List<RateDoc> rates(@PathVariable long id) {
        return attendance.rate(id).entrySet().stream().map(e -> new RateDoc(e.getKey(), e.getValue().toString(),
                e.getValue().multiply(Fraction.HUNDRED).rounded())).toList();
    }

    record CheckInRequest(@Nullable String code) {
    }

    /** {@code alreadyCheckedIn}: the person had checked in (or been marked present) before, and nothing was written. */
    record CheckInDoc(long event, long session, int position, ZonedDateTime startsAt, ZonedDateTime endsAt, boolean alreadyCheckedIn) {
    }

    @PostMapping("/check-in")
    @Operation(summary = "Check in at a session with its code (anyone signed in)",
            description = "Case, spaces and dashes in the code do not matter. 404 for a code of no session and for a person "
                    + "without a confirmed registration for its event (the event is not named); 409 outside the session's "
                    + "window (from 30 minutes before it starts until it ends; the message says when it runs, in the "
                    + "venue's time) or while the event is not running. Checking in again writes nothing.")
    CheckInDoc checkIn(@RequestBody CheckInRequest request) {
        CheckIn c = attendance.checkIn(request.code());
        return new CheckInDoc(c.eventId(), c.session().id(), c.session().position(), c.session().startsAt(), c.session().endsAt(),
                c.already());
    }
}
