package lat.faro.training;

/** How a presence or absence at a session was recorded. */
public enum AttendanceMethod {
    /** A trainer or programme staff marked it on the session's roster. */
    ROSTER,
    /** The participant checked in with the session's code. */
    CHECK_IN
}
