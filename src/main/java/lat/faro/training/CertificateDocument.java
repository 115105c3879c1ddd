package lat.faro.training;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import lat.faro.shared.CountryCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a certificate says, as signed in the {@code faro-certificate} JSON document (version 1,
 * described in {@code docs/certificate-json.md}): who completed which course at which event, when
 * it was issued and by which Faro instance. The signature, key id, format and version are added by
 * {@link CertificateSigner}; revocation is not part of the document (it is checked online at
 * {@link #verificationUrl()}).
 *
 * <p>Texts are stored stripped and in Unicode NFC, so the same name always signs to the same
 * bytes; they may not be blank or hold control characters. {@link #issuedAt} is kept to the second.
 */
public record CertificateDocument(VerificationCode code, String participant, String course, String courseId,
        Event event, Instant issuedAt, URI issuer) {

    /** The value of the document's {@code format} member. */
    public static final String FORMAT = "faro-certificate";
    /** The value of the document's {@code version} member that this code writes and reads. */
    public static final int VERSION = 1;

    static final int MAX_NAME = 300;
    static final int MAX_TITLE = 500;
    static final int MAX_ID = 100;
    static final int MAX_ISSUER = 2000;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public CertificateDocument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(event, "event");
        participant = text("participant", participant, MAX_NAME);
        course = text("course", course, MAX_TITLE);
        courseId = text("courseId", courseId, MAX_ID);
        issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        issuer = issuer(issuer);
    }

    /**
     * The training event the certificate was earned at: its id, first and last day, the member
     * state it took place in and its language (a BCP 47 tag such as {@code es} or {@code pt-BR}),
     * which is also the language of {@link #course}.
     */
    public record Event(String id, LocalDate startsOn, LocalDate endsOn, CountryCode country, String language) {

        public Event {
            id = text("event.id", id, MAX_ID);
            Objects.requireNonNull(country, "event.country");
            if (endsOn.isBefore(startsOn)) {
                throw new InvalidField("event.endsOn", "is before event.startsOn");
            }
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidField("event.language", "is not a language tag such as es or pt-BR");
            }
        }
    }

    /** The public page that shows this certificate's current status: {@code <issuer>/verify/<code>}. */
    public URI verificationUrl() {
        return URI.create(issuer + "/verify/" + code.grouped());
    }

    /**
     * The document's members without {@code signature}, in reading order: what is canonicalised
     * and signed.
     */
    ObjectNode toJson(String keyId) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("code", code.grouped());
        root.put("participant", participant);
        root.put("course", course);
        root.put("courseId", courseId);
        ObjectNode e = root.putObject("event");
        e.put("id", event.id());
        e.put("startsOn", event.startsOn().toString());
        e.put("endsOn", event.endsOn().toString());
        e.put("country", event.country().value());
        e.put("language", event.language());
        root.put("issuedAt", issuedAt.toString());
        root.put("issuer", issuer.toString());
        root.put("keyId", keyId);
        return root;
    }

    /**
     * Reads the members of a document whose shape (presence and JSON types) has already been
     * checked. {@link InvalidField} names the member whose value is not acceptable.
     */
    static CertificateDocument fromJson(JsonNode root) {
        JsonNode e = root.get("event");
        var event = member("event", () -> new Event(e.get("id").stringValue(),
                date("event.startsOn", e.get("startsOn").stringValue()),
                date("event.endsOn", e.get("endsOn").stringValue()),
                member("event.country", () -> new CountryCode(e.get("country").stringValue())),
                e.get("language").stringValue()));
        String grouped = root.get("code").stringValue();
        var code = member("code", () -> switch (VerificationCode.read(grouped)) {
            case VerificationCode.Reading.Valid(var c) when c.grouped().equals(grouped) -> c;
            default -> throw new IllegalArgumentException("not a verification code as printed: " + grouped);
        });
        Instant issuedAt = member("issuedAt", () -> {
            Instant at = Instant.parse(root.get("issuedAt").stringValue());
            if (!at.toString().equals(root.get("issuedAt").stringValue())) {
                throw new IllegalArgumentException("not yyyy-mm-ddThh:mm:ssZ");
            }
            return at;
        });
        URI issuer = member("issuer", () -> new URI(root.get("issuer").stringValue()));
        return member("", () -> new CertificateDocument(code, root.get("participant").stringValue(),
                root.get("course").stringValue(), root.get("courseId").stringValue(), event, issuedAt, issuer));
    }

    private static LocalDate date(String path, String value) {
        return member(path, () -> {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException("not yyyy-mm-dd");
            }
            return LocalDate.parse(value);
        });
    }

    private static String text(String name, String value, int max) {
        String clean = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (clean.isEmpty()) {
            throw new InvalidField(name, "is blank");
        }
        if (clean.length() > max) {
            throw new InvalidField(name, "is longer than " + max + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidField(name, "holds a control character");
        }
        return clean;
    }

    private static URI issuer(URI issuer) {
        String s = issuer.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String scheme = issuer.getScheme() == null ? "" : issuer.getScheme().toLowerCase(Locale.ROOT);
        if (!issuer.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || issuer.getHost() == null
                || issuer.getRawQuery() != null || issuer.getRawFragment() != null || issuer.getRawUserInfo() != null
                || s.length() > MAX_ISSUER) {
            throw new InvalidField("issuer", "is not the base address of a Faro instance: " + issuer);
        }
        return URI.create(s);
    }

    private interface Reader<T> {
        T read() throws URISyntaxException;
    }

    /** Runs {@code reader}, naming {@code path} in the error unless a deeper member is named already. */
    private static <T> T member(String path, Reader<T> reader) {
        try {
            return reader.read();
        } catch (InvalidField e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeParseException | URISyntaxException e) {
            throw new InvalidField(path, e.getMessage() == null ? "is not valid" : e.getMessage());
        }
    }

    /**
     * A member whose value a certificate cannot hold; {@link #field()} is its JSON path, e.g.
     * {@code event.endsOn}, or empty for the document as a whole.
     */
    public static final class InvalidField extends IllegalArgumentException {

        private final String field;

        InvalidField(String field, String reason) {
            super((field.isEmpty() ? "" : field + " ") + reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
