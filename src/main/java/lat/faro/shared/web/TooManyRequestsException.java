package lat.faro.shared.web;

/** A client went beyond a rate limit: a 429 with Retry-After and a message saying when to try again. */
public class TooManyRequestsException extends RuntimeException {

    private final String messageCode;
    private final long retryAfterSeconds;
    private final Object[] args;

    public TooManyRequestsException(String messageCode, long retryAfterSeconds, Object... args) {
        super(messageCode);
        this.messageCode = messageCode;
        this.retryAfterSeconds = retryAfterSeconds;
        this.args = args.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Object[] args() {
        return args.clone();
    }
}
