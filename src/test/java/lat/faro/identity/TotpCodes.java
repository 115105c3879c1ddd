package lat.faro.identity;

import java.time.Instant;

/**
 * An authenticator app for tests outside this package (the browser suite): the RFC 6238 codes
 * Faro accepts, from the same implementation.
 */
public final class TotpCodes {

    private TotpCodes() {}

    /** The 30-second step that contains the instant. */
    public static long step(Instant at) {
        return Totp.step(at);
    }

    /** The six-digit code of a Base32 secret (spaces allowed, as the enrolment page groups it) for a step. */
    public static String code(String base32Secret, long step) {
        return Totp.code(base32Secret.replaceAll("\\s", ""), step);
    }
}
