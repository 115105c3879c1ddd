package lat.faro.training;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A training event's sessions as an iCalendar file (RFC 5545): one VEVENT per session, times in
 * UTC, the course's title in the event's language, where it happens and the event's page. A
 * session keeps its UID for good (event and session ids) and the event's version is its
 * SEQUENCE, so a calendar that imported the file once updates the sessions when they move instead
 * of adding them twice. Lines end in CRLF and are folded at 75 octets, never inside a character.
 */
@Component
public class EventCalendar {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final TrainingEvents events;
    private final Clock clock;
    private final String baseUrl;
    private final String host;

    EventCalendar(TrainingEvents events, Clock clock, @Value("${faro.identity.base-url}") String baseUrl) {
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String configured = URI.create(this.baseUrl).getHost();
        this.host = configured == null ? "faro.local" : configured;
    }

    /** The file of an event the current person may see; 404 otherwise (as the event's page). */
    public byte[] of(long eventId) {
        return of(events.event(eventId)).getBytes(StandardCharsets.UTF_8);
    }

    /** The file's name for downloads and attachments. */
    public static String fileName(long eventId) {
        return "faro-event-" + eventId + ".ics";
    }

    /** The address of the event's page. */
    String pageUrl(long eventId) {
        return baseUrl + "/training/events/" + eventId;
    }

    String of(EventView event) {
        Locale language = Locale.forLanguageTag(event.language());
        String title = event.courseTitle().in(language);
        String page = pageUrl(event.id());
        String stamp = UTC.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Faro//Training events//EN",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH"));
        int count = event.sessions().size();
        for (EventView.Session session : event.sessions()) {
            String summary = title + (count > 1 ? " (" + session.position() + "/" + count + ")" : "")
                    + (session.title() == null ? "" : ": " + session.title());
            lines.add("BEGIN:VEVENT");
            lines.add("UID:training-event-" + event.id() + "-session-" + session.id() + "@" + host);
            lines.add("DTSTAMP:" + stamp);
            lines.add("SEQUENCE:" + Math.max(0, event.version() - 1));
            lines.add("DTSTART:" + UTC.format(session.startsAt().toInstant()));
            lines.add("DTEND:" + UTC.format(session.endsAt().toInstant()));
            lines.add("SUMMARY:" + text(summary));
            String where = where(event);
            if (!where.isEmpty()) {
                lines.add("LOCATION:" + text(where));
            }
            // The online link is also in the description: calendars show it there as a link to follow.
            String description = event.onlineUrl() == null || event.modality() == EventDraft.Modality.IN_PERSON
                    ? page : event.onlineUrl() + "\n" + page;
            lines.add("DESCRIPTION:" + text(description));
            lines.add("URL:" + page);
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            fold(line, out);
        }
        return out.toString();
    }

    /** The venue and city, the online link for an online event. */
    static String where(EventView event) {
        if (event.modality() == EventDraft.Modality.ONLINE) {
            return event.onlineUrl() == null ? "" : event.onlineUrl();
        }
        return event.venue() == null ? event.city() : event.venue() + ", " + event.city();
    }

    /** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Appends the line folded (RFC 5545, 3.1): at most 75 octets of UTF-8 per physical line, each
     * continuation beginning with a space (which counts), and never splitting a character.
     */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
