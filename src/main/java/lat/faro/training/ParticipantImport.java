package lat.faro.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lat.faro.shared.tables.Table;
import lat.faro.shared.tables.TableFiles;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a list of participants from a CSV or XLSX file, for an event's trainers and programme
 * staff while its registration is open: header {@code email,fullName,organisation,sector,consentVersion}
 * with optional {@code jobTitle,gender}, columns in any order. Every row is checked first and every
 * problem reported with its line; then all are registered in one transaction, or none. The one
 * who imports attests that each person accepted the privacy notice of the version given.
 */
@Service
@Transactional
public class ParticipantImport {

    private static final List<String> REQUIRED = List.of("email", "fullname", "organisation", "sector", "consentversion");
    private static final List<String> OPTIONAL = List.of("jobtitle", "gender");
    private static final Pattern EMAIL = TrainingInput.EMAIL;
    static final int MAX_ROWS = 2000;

    /** What an import did, or would do on a dry run. */
    public record Result(int rows, int confirmed, int waitlisted, boolean dryRun) {
    }

    private final JdbcClient jdbc;
    private final TrainingEvents events;
    private final Registrations registrations;

    ParticipantImport(JdbcClient jdbc, TrainingEvents events, Registrations registrations) {
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
    }

    public Result importFile(long eventId, byte[] content, String fileName, boolean dryRun) {
        EventView event = events.event(eventId);
        if (!events.canRun(event)) {
            throw new AccessDeniedException("participants of event " + eventId);
        }
        if (event.status() != EventStatus.REGISTRATION_OPEN) {
            throw InvalidFieldException.conflict("event", "training.registration.closed");
        }
        Table table = TableFiles.read(content, fileName);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(table, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (table.rows().isEmpty() || table.rows().size() > MAX_ROWS) {
            throw new InvalidInputException(List.of(FieldProblem.at("file", "training.import.rows", MAX_ROWS)));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<RegistrationForm> forms = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            String email = cell(row, columns, "email").toLowerCase(Locale.ROOT);
            int line = row.line();
            if (!EMAIL.matcher(email).matches() || email.length() > 320) {
                problems.add(new FieldProblem("email", line, "training.import.email", email));
            } else if (seen.containsKey(email)) {
                problems.add(new FieldProblem("email", line, "training.import.twice", email, seen.get(email)));
            } else {
                seen.put(email, line);
                if (jdbc.sql("select count(*) from training_registration where event_id = ? and email = ? and status <> 'CANCELLED'")
                        .params(eventId, email).query(Long.class).single() > 0) {
                    problems.add(new FieldProblem("email", line, "training.import.registered", email));
                }
            }
            String name = cell(row, columns, "fullname");
            if (name.isEmpty() || name.length() > 200) {
                problems.add(new FieldProblem("fullName", line, "training.import.required", "fullName", 200));
            }
            String organisation = cell(row, columns, "organisation");
            if (organisation.isEmpty() || organisation.length() > 200) {
                problems.add(new FieldProblem("organisation", line, "training.import.required", "organisation", 200));
            }
            String jobTitle = optional(row, columns, "jobtitle");
            if (jobTitle != null && jobTitle.length() > 200) {
                problems.add(new FieldProblem("jobTitle", line, "training.import.required", "jobTitle", 200));
            }
            RegistrationForm.Sector sector = value(RegistrationForm.Sector.class, cell(row, columns, "sector"));
            if (sector == null) {
                problems.add(new FieldProblem("sector", line, "training.import.value", "sector", cell(row, columns, "sector"),
                        names(RegistrationForm.Sector.values())));
            }
            String genderText = optional(row, columns, "gender");
            RegistrationForm.Gender gender = genderText == null ? null : value(RegistrationForm.Gender.class, genderText);
            if (genderText != null && gender == null) {
                problems.add(new FieldProblem("gender", line, "training.import.value", "gender", genderText,
                        names(RegistrationForm.Gender.values())));
            }
            String consent = cell(row, columns, "consentversion");
            if (!consent.equals(registrations.privacyNoticeVersion())) {
                problems.add(new FieldProblem("consentVersion", line, "training.import.consent", registrations.privacyNoticeVersion()));
            }
            forms.add(new RegistrationForm(email, name, organisation, jobTitle, sector, gender, consent));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 200 ? problems.subList(0, 200) : problems);
        }
        int places = Math.max(0, event.capacity() - event.confirmed());
        int confirmed = Math.min(places, forms.size());
        if (!dryRun) {
            for (RegistrationForm form : forms) {
                registrations.register(eventId, form);
            }
        }
        return new Result(forms.size(), confirmed, forms.size() - confirmed, dryRun);
    }

    private static Map<String, Integer> columns(Table table, List<FieldProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).strip().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new FieldProblem("file", 1, "training.import.unknownColumn", table.header().get(i)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new FieldProblem("file", 1, "training.import.columnTwice", table.header().get(i)));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new FieldProblem("file", 1, "training.import.missingColumn", required));
            }
        }
        return columns;
    }

    private static String cell(Table.Row row, Map<String, Integer> columns, String name) {
        return TableFiles.trim(row.cells().get(columns.get(name)));
    }

    private static @Nullable String optional(Table.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        String value = index == null ? "" : TableFiles.trim(row.cells().get(index));
        return value.isEmpty() ? null : value;
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, String text) {
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        return null;
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }
}
