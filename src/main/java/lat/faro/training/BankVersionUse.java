package lat.faro.training;

/**
 * How far one version of a course's question bank is in use.
 *
 * @param version  the bank version
 * @param events   the events whose tests someone took in this version (they keep it)
 * @param attempts the tests taken in it, over all those events
 */
public record BankVersionUse(int version, int events, int attempts) {

    /** Whether anyone has taken a test in this version. */
    public boolean taken() {
        return attempts > 0;
    }
}
