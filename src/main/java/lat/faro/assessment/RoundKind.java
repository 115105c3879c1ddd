package lat.faro.assessment;

/** A round of national assessments (a maturity model per country) or of agency self-assessments (a baseline). */
public enum RoundKind {
    NATIONAL, AGENCY;

    public String messageKey() {
        return "assessment.round.kind." + name();
    }
}
