package lat.faro.training;

import java.time.ZonedDateTime;
import java.util.List;
import lat.faro.framework.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A training event as stored, with its sessions in the venue's time zone and how many places are
 * taken. {@code trainers} is empty for those who may not see who trains it.
 */
public record EventView(long id, long courseId, String courseCode, Texts courseTitle, String country, String city,
        @Nullable String venue, @Nullable String onlineUrl, EventDraft.Modality modality, String language, String timeZone,
        int capacity, EventDraft.RegistrationMode registrationMode, EventStatus status, List<Session> sessions,
        List<String> trainers, List<String> partners, int confirmed, int waitlisted, int version) {

    public EventView {
        sessions = List.copyOf(sessions);
        trainers = List.copyOf(trainers);
        partners = List.copyOf(partners);
    }

    public int placesLeft() {
        return Math.max(0, capacity - confirmed);
    }

    public record Session(long id, int position, @Nullable String title, ZonedDateTime startsAt, ZonedDateTime endsAt) {
    }
}
