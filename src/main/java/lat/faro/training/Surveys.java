package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reaction survey at the end of an event (Kirkpatrick level 1): five statements rated from
 * 1 (strongly disagree) to 5 (strongly agree) and a free comment. A confirmed participant answers
 * it once, from the start of the last session until {@link #OPEN_AFTER_END} after its end. The
 * event's trainers and programme staff read the results: per statement the mean and the count at
 * each rating, the response rate, and the comments without names.
 */
@Service
@Transactional
public class Surveys {

    /** The statements, in the order the form asks them. */
    public static final List<String> ITEMS = List.of("relevance", "clarity", "trainer", "materials", "recommend");
    public static final Duration OPEN_AFTER_END = Duration.ofDays(30);

    /** The results of an event's reaction survey. */
    public record Summary(int responses, int confirmed, Map<String, Fraction> means, Map<String, int[]> counts, List<String> comments) {

        /** Responses over confirmed places; null when nobody holds one. */
        public @Nullable Fraction rate() {
            return confirmed == 0 ? null : Fraction.of(responses, confirmed);
        }
    }

    private final JdbcClient jdbc;
    private final TrainingEvents events;
    private final Access access;
    private final java.time.Clock clock;

    Surveys(JdbcClient jdbc, TrainingEvents events, Access access, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the signed-in person may answer now: a confirmed place, the window open, not answered yet. */
    @Transactional(readOnly = true)
    public boolean canAnswer(long eventId) {
        EventView event = events.event(eventId);
        Optional<Long> registration = mine(eventId);
        return registration.isPresent() && open(event) && !answered(eventId, registration.get());
    }

    /** Records the signed-in person's answers; 400 naming each bad item, 409 outside the window or when already answered. */
    public void answer(long eventId, Map<String, @Nullable Integer> ratings, @Nullable String comment) {
        EventView event = events.event(eventId);
        long registration = mine(eventId).orElseThrow(() -> new NotFoundException("training.survey.notRegistered", eventId));
        List<FieldProblem> problems = new ArrayList<>();
        for (String item : ITEMS) {
            Integer rating = ratings.get(item);
            if (rating == null || rating < 1 || rating > 5) {
                problems.add(FieldProblem.at(item, "training.survey.rating"));
            }
        }
        if (comment != null && comment.strip().length() > 2000) {
            problems.add(FieldProblem.at("comment", "training.field.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!open(event)) {
            throw InvalidFieldException.conflict("survey", "training.survey.closed");
        }
        // The event's row serialises answers; the unique constraint is the last word.
        jdbc.sql("select id from training_event where id = ? for update").param(eventId).query(Long.class).single();
        if (answered(eventId, registration)) {
            throw InvalidFieldException.conflict("survey", "training.survey.already");
        }
        jdbc.sql("insert into training_survey_response (event_id, registration_id, kind, relevance, clarity, trainer, materials, recommend, "
                        + "comment, submitted_at) values (?, ?, 'REACTION', ?, ?, ?, ?, ?, ?, ?)")
                .params(eventId, registration, ratings.get("relevance"), ratings.get("clarity"), ratings.get("trainer"),
                        ratings.get("materials"), ratings.get("recommend"),
                        comment == null || comment.isBlank() ? null : comment.strip(), at(clock.instant()))
                .update();
    }

    /** The results, for the event's trainers and programme staff. */
    @Transactional(readOnly = true)
    public Summary summary(long eventId) {
        EventView event = events.event(eventId);
        if (!events.canRun(event)) {
            throw new AccessDeniedException("survey of event " + eventId);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        ITEMS.forEach(item -> counts.put(item, new int[5]));
        List<String> comments = new ArrayList<>();
        int[] responses = {0};
        jdbc.sql("select relevance, clarity, trainer, materials, recommend, comment from training_survey_response "
                        + "where event_id = ? and kind = 'REACTION' order by submitted_at, id").param(eventId)
                .query(rs -> {
                    responses[0]++;
                    for (int i = 0; i < ITEMS.size(); i++) {
                        counts.get(ITEMS.get(i))[rs.getInt(i + 1) - 1]++;
                    }
                    if (rs.getString(6) != null) {
                        comments.add(rs.getString(6));
                    }
                });
        Map<String, Fraction> means = new LinkedHashMap<>();
        if (responses[0] > 0) {
            counts.forEach((item, c) -> {
                long sum = 0;
                for (int r = 0; r < 5; r++) {
                    sum += (long) (r + 1) * c[r];
                }
                means.put(item, Fraction.of(sum, responses[0]));
            });
        }
        return new Summary(responses[0], events.count(eventId, RegistrationStatus.CONFIRMED), means, counts, comments);
    }

    private boolean open(EventView event) {
        if (event.sessions().isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Instant opens = event.sessions().getLast().startsAt().toInstant();
        Instant closes = event.sessions().getLast().endsAt().toInstant().plus(OPEN_AFTER_END);
        return !now.isBefore(opens) && !now.isAfter(closes);
    }

    private boolean answered(long eventId, long registration) {
        return jdbc.sql("select count(*) from training_survey_response where event_id = ? and registration_id = ? and kind = 'REACTION'")
                .params(eventId, registration).query(Long.class).single() > 0;
    }

    private Optional<Long> mine(long eventId) {
        String user = access.userName();
        if (user == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from training_registration where event_id = ? and email = ? and status = 'CONFIRMED'")
                .params(eventId, user.toLowerCase(Locale.ROOT)).query(Long.class).optional();
    }
}
