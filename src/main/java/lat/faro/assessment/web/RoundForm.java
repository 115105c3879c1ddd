package lat.faro.assessment.web;

import org.jspecify.annotations.Nullable;

/**
 * The new-round form as typed: text, so that a wrong date or choice comes back beside its field.
 *
 * @param framework the framework version as {@code id@version}
 * @param programme the programme's slug, or blank for none
 */
record RoundForm(@Nullable String label, @Nullable String kind, @Nullable String framework,
        @Nullable String programme, @Nullable String startsOn, @Nullable String endsOn) {

    static RoundForm empty() {
        return new RoundForm("", null, null, null, null, null);
    }
}
