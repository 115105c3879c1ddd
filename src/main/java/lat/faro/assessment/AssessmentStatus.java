package lat.faro.assessment;

/**
 * Where an assessment is in its workflow: draft → in review → validated by the country →
 * published. A published revision that a newer one replaces becomes superseded, and stays
 * readable.
 */
public enum AssessmentStatus {
    DRAFT, IN_REVIEW, VALIDATED, PUBLISHED, SUPERSEDED;

    public String messageKey() {
        return "assessment.status." + name();
    }

    /** Published or superseded: the public may read it. */
    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED;
    }
}
