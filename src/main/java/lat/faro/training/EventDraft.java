package lat.faro.training;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A training event as a coordinator plans it. Session times are the venue's local times in
 * {@code timeZone} (an IANA zone such as {@code America/Montevideo}); an online event gives the
 * zone its times are announced in.
 *
 * @param language   the language it is taught in (es, en, pt, fr), also that of its certificates
 * @param trainers   the e-mail addresses of the trainers' accounts
 * @param partners   partner organisations, by name
 */
public record EventDraft(long courseId, String country, String city, @Nullable String venue, @Nullable String onlineUrl,
        @Nullable Modality modality, String language, String timeZone, int capacity, @Nullable RegistrationMode registrationMode,
        List<SessionDraft> sessions, List<String> trainers, List<String> partners) {

    public EventDraft {
        sessions = List.copyOf(sessions);
        trainers = List.copyOf(trainers);
        partners = List.copyOf(partners);
    }

    public enum Modality { IN_PERSON, ONLINE, HYBRID }

    /** Anyone may register, or only those holding an invitation link. */
    public enum RegistrationMode { OPEN, INVITATION }

    public record SessionDraft(@Nullable String title, @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt) {
    }
}
