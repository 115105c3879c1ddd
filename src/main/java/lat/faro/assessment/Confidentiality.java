package lat.faro.assessment;

/**
 * Who may see an evidence item: everyone who may see the assessment (once published, the public),
 * the programme (its coordinators and reviewers) and the country, or the country's own people only.
 */
public enum Confidentiality {
    PUBLIC, PROGRAMME, COUNTRY;

    public String messageKey() {
        return "assessment.confidentiality." + name();
    }
}
