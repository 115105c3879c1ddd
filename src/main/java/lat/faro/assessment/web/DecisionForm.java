package lat.faro.assessment.web;

import org.jspecify.annotations.Nullable;

/** A decision log entry as typed: the factor or aspect, the question, the views heard and the rationale. */
record DecisionForm(@Nullable String element, @Nullable String question, @Nullable String views,
        @Nullable String rationale) {

    static DecisionForm empty() {
        return new DecisionForm(null, null, null, null);
    }
}
