package lat.faro.assessment;

/**
 * The judgement of one indicator. For a baseline control the judgement is {@link #RATED} with a
 * tier 0–4 (or not assessed / not applicable).
 */
public enum Outcome {
    MET, NOT_MET, INSUFFICIENT_EVIDENCE, NOT_ASSESSED, NOT_APPLICABLE, RATED;

    public String messageKey() {
        return "assessment.outcome." + name();
    }

    /** The outcomes an assessor may choose for a maturity-model indicator. */
    public static final java.util.List<Outcome> FOR_INDICATORS = java.util.List.of(MET, NOT_MET, INSUFFICIENT_EVIDENCE, NOT_APPLICABLE, NOT_ASSESSED);
}
