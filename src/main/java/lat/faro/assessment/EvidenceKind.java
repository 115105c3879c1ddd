package lat.faro.assessment;

/** An evidence item is an uploaded file, a web address, or a reference to a document. */
public enum EvidenceKind {
    FILE, URL, DOCUMENT;

    public String messageKey() {
        return "assessment.evidence.kind." + name();
    }
}
