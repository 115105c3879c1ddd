package lat.faro.shared.web;

/** Something asked for does not exist (or the person may not know that it does): a 404. */
public class NotFoundException extends RuntimeException {

    private final String messageCode;
    private final Object[] args;

    public NotFoundException(String messageCode, Object... args) {
        super(messageCode);
        this.messageCode = messageCode;
        this.args = args.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }
}
