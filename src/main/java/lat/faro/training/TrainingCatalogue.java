package lat.faro.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import lat.faro.directory.DirectoryQueries;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.Texts;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses: anyone reads them; programme coordinators and administrators write them. Every
 * field is checked before anything is written, and every problem is named by its field.
 */
@Service
@Transactional
public class TrainingCatalogue {

    static final Set<String> LANGUAGES = Set.of("es", "en", "pt", "fr");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{1,39}");
    private static final int MAX_MODULES = 40;
    private static final int MAX_ELEMENTS = 60;

    private final JdbcClient jdbc;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingCatalogue(JdbcClient jdbc, FrameworkLibrary frameworks, DirectoryQueries directory, Access access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.directory = directory;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current person may create and change courses. */
    public boolean canManage() {
        return access.programmeWide(Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }

    @Transactional(readOnly = true)
    public List<CourseView> courses() {
        List<Long> ids = jdbc.sql("select id from training_course order by code").query(Long.class).list();
        return ids.stream().map(this::course).toList();
    }

    @Transactional(readOnly = true)
    public CourseView course(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("training.course.notFound", id));
    }

    @Transactional(readOnly = true)
    public Optional<CourseView> find(long id) {
        record Row(long id, String code, @Nullable Long programme, Instant updatedAt, int version) {
        }
        Optional<Row> row = jdbc.sql("select id, code, programme, updated_at, version from training_course where id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), (Long) rs.getObject("programme", Long.class),
                        instant(rs, "updated_at"), rs.getInt("version")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        Map<String, String> objectives = new HashMap<>();
        jdbc.sql("select lang, title, description, objectives from training_course_text where course_id = ?").param(id)
                .query(rs -> {
                    titles.put(rs.getString("lang"), rs.getString("title"));
                    descriptions.put(rs.getString("lang"), rs.getString("description"));
                    objectives.put(rs.getString("lang"), rs.getString("objectives"));
                });
        Map<Integer, Map<String, String>> modules = new TreeMap<>();
        jdbc.sql("select position, lang, title from training_course_module where course_id = ?").param(id)
                .query(rs -> {
                    modules.computeIfAbsent(rs.getInt("position"), p -> new HashMap<>()).put(rs.getString("lang"), rs.getString("title"));
                });
        List<CourseView.Element> elements = jdbc.sql(
                        "select framework_id, element_id from training_course_element where course_id = ? order by framework_id, element_id")
                .param(id).query((rs, n) -> new CourseView.Element(rs.getString(1), rs.getString(2))).list();
        String programme = row.get().programme() == null ? null : jdbc.sql("select slug from programme where id = ?")
                .param(row.get().programme()).query(String.class).single();
        return Optional.of(new CourseView(id, row.get().code(), programme, new Texts(titles), new Texts(descriptions),
                new Texts(objectives), modules.values().stream().map(Texts::new).toList(), elements, row.get().updatedAt(),
                row.get().version()));
    }

    /** Creates a course; 403 unless programme staff, 400 naming every bad field, 409 for a code in use. */
    public CourseView create(CourseDraft draft) {
        String actor = allowed();
        Checked checked = check(draft, null);
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_course (code, programme, created_by, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, 1)")
                .params(checked.code(), checked.programme(), actor, at(now), at(now)).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        writeParts(id, draft);
        events.publishEvent(new TrainingEvent.CourseSaved(id, checked.code(), true, actor));
        return course(id);
    }

    /**
     * Replaces a course's content, if nobody changed it since {@code expectedVersion}; a stale
     * version is a 409 and nothing is written.
     */
    public CourseView update(long id, int expectedVersion, CourseDraft draft) {
        String actor = allowed();
        CourseView current = course(id);
        Checked checked = check(draft, id);
        int updated = jdbc.sql("update training_course set code = ?, programme = ?, updated_at = ?, version = version + 1 "
                        + "where id = ? and version = ?")
                .params(checked.code(), checked.programme(), at(clock.instant()), id, expectedVersion).update();
        if (updated == 0) {
            throw new InvalidInputException(List.of(FieldProblem.at("version", "training.course.stale", current.version())), true);
        }
        jdbc.sql("delete from training_course_text where course_id = ?").param(id).update();
        jdbc.sql("delete from training_course_module where course_id = ?").param(id).update();
        jdbc.sql("delete from training_course_element where course_id = ?").param(id).update();
        writeParts(id, draft);
        events.publishEvent(new TrainingEvent.CourseSaved(id, checked.code(), false, actor));
        return course(id);
    }

    private void writeParts(long id, CourseDraft draft) {
        draft.texts().forEach((lang, text) -> jdbc.sql(
                        "insert into training_course_text (course_id, lang, title, description, objectives) values (?, ?, ?, ?, ?)")
                .params(id, lang, text.title().strip(), text.description().strip(), objectives(text.objectives())).update());
        for (int position = 0; position < draft.modules().size(); position++) {
            for (var title : draft.modules().get(position).entrySet()) {
                if (!title.getValue().isBlank()) {
                    jdbc.sql("insert into training_course_module (course_id, position, lang, title) values (?, ?, ?, ?)")
                            .params(id, position + 1, title.getKey(), title.getValue().strip()).update();
                }
            }
        }
        for (String element : new java.util.TreeSet<>(draft.elements().stream().map(String::strip).toList())) {
            String[] parts = element.split(":", 2);
            jdbc.sql("insert into training_course_element (course_id, framework_id, element_id) values (?, ?, ?)")
                    .params(id, parts[0], parts[1]).update();
        }
    }

    private record Checked(String code, @Nullable Long programme) {
    }

    private Checked check(CourseDraft draft, @Nullable Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(FieldProblem.at("code", "training.course.code"));
        }
        Long programme = null;
        if (draft.programme() != null && !draft.programme().isBlank()) {
            var found = directory.programme(draft.programme().strip());
            if (found.isEmpty()) {
                problems.add(FieldProblem.at("programme", "training.course.programme", draft.programme().strip()));
            } else {
                programme = found.get().id();
            }
        }
        if (!draft.texts().containsKey("es")) {
            problems.add(FieldProblem.at("texts.es.title", "training.course.spanishRequired"));
        }
        draft.texts().forEach((lang, text) -> {
            String at = "texts." + lang;
            if (!LANGUAGES.contains(lang)) {
                problems.add(FieldProblem.at(at, "training.course.language", lang));
                return;
            }
            length(problems, at + ".title", text.title(), 1, 200);
            length(problems, at + ".description", text.description(), 1, 4000);
            length(problems, at + ".objectives", text.objectives(), 1, 4000);
        });
        if (draft.modules().size() > MAX_MODULES) {
            problems.add(FieldProblem.at("modules", "training.course.tooMany", MAX_MODULES));
        }
        for (int i = 0; i < draft.modules().size(); i++) {
            Map<String, String> module = draft.modules().get(i);
            String at = "modules[" + i + "]";
            if (module.getOrDefault("es", "").isBlank()) {
                problems.add(FieldProblem.at(at + ".es", "training.course.spanishRequired"));
            }
            module.forEach((lang, title) -> {
                if (!LANGUAGES.contains(lang)) {
                    problems.add(FieldProblem.at(at, "training.course.language", lang));
                } else if (title != null && title.strip().length() > 200) {
                    problems.add(FieldProblem.at(at + "." + lang, "training.field.tooLong", 200));
                }
            });
        }
        if (draft.elements().size() > MAX_ELEMENTS) {
            problems.add(FieldProblem.at("elements", "training.course.tooMany", MAX_ELEMENTS));
        }
        for (int i = 0; i < draft.elements().size(); i++) {
            String element = draft.elements().get(i) == null ? "" : draft.elements().get(i).strip();
            String[] parts = element.split(":", 2);
            boolean known = parts.length == 2 && frameworks.latest(parts[0]).map(f -> f.nameOf(parts[1]).isPresent()).orElse(false);
            if (!known) {
                problems.add(FieldProblem.at("elements[" + i + "]", "training.course.element", element));
            }
        }
        if (problems.isEmpty()) {
            Long holder = jdbc.sql("select id from training_course where code = ?").param(code).query(Long.class).optional().orElse(null);
            if (holder != null && !holder.equals(id)) {
                throw new InvalidInputException(List.of(FieldProblem.at("code", "training.course.codeTaken", code)), true);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(code, programme);
    }

    static void length(List<FieldProblem> problems, String field, @Nullable String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min) {
            problems.add(FieldProblem.at(field, "training.field.required"));
        } else if (text.length() > max) {
            problems.add(FieldProblem.at(field, "training.field.tooLong", max));
        }
    }

    /** One objective per line, blank lines dropped. */
    private static String objectives(String text) {
        return String.join("\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private String allowed() {
        if (!canManage()) {
            throw new AccessDeniedException("courses");
        }
        return String.valueOf(access.userName());
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
