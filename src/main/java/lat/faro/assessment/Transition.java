package lat.faro.assessment;

/** The workflow steps, each from one status to the next. */
public enum Transition {
    /** Draft → in review, by the country. */
    SUBMIT,
    /** In review → draft, by a reviewer, with a note. */
    RETURN,
    /** In review → validated, by the country's national coordinator. */
    VALIDATE,
    /** Validated → published, by programme staff. */
    PUBLISH,
    /** Published → a new draft revision, by the country's national coordinator or programme staff. */
    REOPEN;

    public String messageKey() {
        return "assessment.transition." + name();
    }
}
