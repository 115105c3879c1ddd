package lat.faro.shared.web;

/**
 * Input that passed the form's own checks but breaks a rule only the service can see, such as a
 * duplicate name. It names the field so the page or the API can show the message beside it.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final Object[] args;
    private final boolean conflict;

    private InvalidFieldException(String field, String messageCode, boolean conflict, Object... args) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
        this.conflict = conflict;
        this.args = args.clone();
    }

    /** The value is wrong in itself (unknown code, bad format): a 400 on the API. */
    public static InvalidFieldException invalid(String field, String messageCode, Object... args) {
        return new InvalidFieldException(field, messageCode, false, args);
    }

    /** The value clashes with existing data (a duplicate): a 409 on the API. */
    public static InvalidFieldException conflict(String field, String messageCode, Object... args) {
        return new InvalidFieldException(field, messageCode, true, args);
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }

    public boolean isConflict() {
        return conflict;
    }
}
