package lat.faro.assessment.web;

import org.jspecify.annotations.Nullable;

/**
 * A statement as typed: the cluster that made it, the factor or aspect it is about, its text and
 * whether it departs from the others. There is deliberately no field for a person's name.
 */
record StatementForm(@Nullable String cluster, @Nullable String element, @Nullable String body,
        @Nullable Boolean divergent) {

    static StatementForm empty() {
        return new StatementForm(null, null, null, null);
    }
}
