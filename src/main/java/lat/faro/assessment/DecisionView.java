package lat.faro.assessment;

import java.time.Instant;

/** An entry of the decision log: the question, the divergent views, and why it was settled as it was. */
public record DecisionView(long id, String elementId, String question, String views, String rationale, String decidedBy,
        Instant decidedAt) {
}
