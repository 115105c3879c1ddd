package lat.faro.assessment;

/** The stakeholder clusters a consultation hears. Statements are attributed to a cluster, never to a person. */
public enum Cluster {
    GOVERNMENT, CRITICAL_INFRASTRUCTURE, DEFENCE, LAW_ENFORCEMENT_JUSTICE, PRIVATE_SECTOR, ACADEMIA, CIVIL_SOCIETY,
    INTERNATIONAL_PARTNERS;

    public String messageKey() {
        return "assessment.cluster." + name();
    }
}
