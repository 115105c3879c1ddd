package lat.faro.directory;

/** The part a member state plays in a programme: it receives the programme's support, or takes part. */
public enum ProgrammeRole {
    BENEFICIARY,
    PARTICIPATING
}
