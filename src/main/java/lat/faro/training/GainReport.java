package lat.faro.training;

import java.util.List;
import java.util.Map;

/**
 * The learning gain of a training event, for its trainers and programme staff: the figures of
 * {@link LearningGain} over the event's attempts, the questions they answered (in the order of the
 * difficulty lists) and the names of the participants, whom the gain names by registration id.
 *
 * @param bankVersion the version of the course's question bank the event's tests used
 * @param names       registration id (as in {@link LearnerGain#participant()}) → full name
 */
public record GainReport(long eventId, int bankVersion, List<Question> questions, LearningGain gain, Map<String, String> names) {

    public GainReport {
        questions = List.copyOf(questions);
        names = Map.copyOf(names);
    }

    /** The participant's name, or the registration id when it is unknown. */
    public String nameOf(String participant) {
        return names.getOrDefault(participant, participant);
    }
}
