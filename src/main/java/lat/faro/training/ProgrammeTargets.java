package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.ProgrammeRole;
import lat.faro.directory.ProgrammeView;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's targets and their live progress. What counts, always up to the target's due date:
 * <ul>
 * <li>a country is reached when an event of one of the programme's courses held there is
 *     completed (or reported) and its last session ended by the due date;</li>
 * <li>a person is trained when they held a confirmed place in such an event; one person counts
 *     once however many events they attended (by e-mail);</li>
 * <li>the mean normalised gain is the mean of the individual gains of everyone who took both tests
 *     of such an event (each event's pair of tests on its own; see {@link GainDistribution}),
 *     to three decimals.</li>
 * </ul>
 * Targets are public, as is their progress; only aggregate figures are shown, never a person.
 */
@Service
@Transactional
public class ProgrammeTargets {

    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000);
    /** Completed events of the programme's courses whose last session ended before the given instant. */
    private static final String COMPLETED = "select e.id, e.country from training_event e join training_course c on c.id = e.course_id "
            + "where c.programme = ? and e.status in ('COMPLETED', 'REPORTED') "
            + "and (select max(s.ends_at) from training_session s where s.event_id = e.id) < ?";

    private final JdbcClient jdbc;
    private final DirectoryQueries directory;
    private final Access access;
    private final Clock clock;

    ProgrammeTargets(JdbcClient jdbc, DirectoryQueries directory, Access access, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    public boolean canManage() {
        return access.programmeWide(Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }

    /** Sets a target; 403 unless programme staff, 400 naming every bad field. */
    public TargetProgress create(TargetDraft draft) {
        if (!canManage()) {
            throw new AccessDeniedException("targets");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ProgrammeView programme = directory.programme(draft.programme()).orElse(null);
        if (programme == null) {
            problems.add(FieldProblem.at("programme", "training.course.programme", draft.programme()));
        }
        if (draft.kind() == null) {
            problems.add(FieldProblem.at("kind", "training.field.required"));
        }
        BigDecimal value = draft.value();
        if (draft.kind() == TargetDraft.Kind.MEAN_GAIN) {
            if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0 || value.stripTrailingZeros().scale() > 3) {
                problems.add(FieldProblem.at("value", "training.target.gainValue"));
            }
        } else if (value == null || value.signum() <= 0 || value.compareTo(MAX_COUNT) > 0 || value.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.at("value", "training.target.value"));
        }
        if (draft.dueOn() == null) {
            problems.add(FieldProblem.at("dueOn", "training.field.required"));
        }
        String role = draft.countryRole() == null || draft.countryRole().isBlank() ? null : draft.countryRole().strip();
        if (role != null) {
            if (draft.kind() != TargetDraft.Kind.COUNTRIES_REACHED) {
                problems.add(FieldProblem.at("countryRole", "training.target.notForKind"));
            } else if (java.util.Arrays.stream(ProgrammeRole.values()).noneMatch(r -> r.name().equals(role))) {
                problems.add(FieldProblem.at("countryRole", "training.target.role", role));
            }
        }
        if (draft.sector() != null && draft.kind() != TargetDraft.Kind.PEOPLE_TRAINED) {
            problems.add(FieldProblem.at("sector", "training.target.notForKind"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_target (programme, kind, target_value, due_on, country_role, sector, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(programme.id(), draft.kind().name(), value, draft.dueOn(), role,
                        draft.sector() == null ? null : draft.sector().name(), String.valueOf(access.userName()), at(clock.instant()))
                .update(keys, "id");
        return of(programme.slug()).stream().filter(t -> t.id() == keys.getKeyAs(Long.class)).findFirst().orElseThrow();
    }

    /** The targets of a programme with their progress now, by due date; 404 for an unknown programme. */
    @Transactional(readOnly = true)
    public List<TargetProgress> of(String programmeSlug) {
        ProgrammeView programme = directory.programme(programmeSlug)
                .orElseThrow(() -> new NotFoundException("training.course.programme", programmeSlug));
        record Row(long id, String kind, BigDecimal value, LocalDate dueOn, String role, String sector) {
        }
        List<Row> rows = jdbc.sql("select id, kind, target_value, due_on, country_role, sector from training_target "
                        + "where programme = ? order by due_on, id").param(programme.id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6)))
                .list();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<TargetProgress> out = new ArrayList<>();
        for (Row row : rows) {
            TargetDraft.Kind kind = TargetDraft.Kind.valueOf(row.kind());
            var sector = row.sector() == null ? null : RegistrationForm.Sector.valueOf(row.sector());
            // Completed events of the programme's courses whose last session ended by the end of the due date.
            String completed = COMPLETED;
            Object dueEnd = at(row.dueOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            List<String> countries = List.of();
            Map<String, Integer> bySector = Map.of();
            Map<String, Integer> byGender = Map.of();
            BigDecimal achieved;
            GainDistribution gains = null;
            if (kind == TargetDraft.Kind.MEAN_GAIN) {
                gains = gains(programme.id(), dueEnd);
                BigDecimal mean = gains.meanGain();
                achieved = mean == null ? BigDecimal.ZERO : mean;
            } else if (kind == TargetDraft.Kind.COUNTRIES_REACHED) {
                Set<String> reached = new TreeSet<>(jdbc.sql(completed).params(programme.id(), dueEnd)
                        .query((rs, n) -> rs.getString(2)).list());
                if (row.role() != null) {
                    reached.retainAll(programme.countriesWith(ProgrammeRole.valueOf(row.role())));
                }
                countries = List.copyOf(reached);
                achieved = BigDecimal.valueOf(reached.size());
            } else {
                Map<String, String[]> people = new TreeMap<>(); // e-mail → sector, gender (the latest registration's)
                jdbc.sql("select r.email, r.sector, r.gender from training_registration r where r.status = 'CONFIRMED' "
                                + "and r.event_id in (select x.id from (" + completed + ") x) order by r.registered_at")
                        .params(programme.id(), dueEnd)
                        .query(rs -> {
                            people.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                        });
                Map<String, Integer> sectors = new TreeMap<>();
                Map<String, Integer> genders = new TreeMap<>();
                int count = 0;
                for (String[] person : people.values()) {
                    if (sector != null && !sector.name().equals(person[0])) {
                        continue;
                    }
                    count++;
                    sectors.merge(person[0], 1, Integer::sum);
                    genders.merge(person[1] == null ? "NOT_GIVEN" : person[1], 1, Integer::sum);
                }
                bySector = sectors;
                byGender = genders;
                achieved = BigDecimal.valueOf(count);
            }
            BigDecimal share = achieved.divide(row.value(), 4, RoundingMode.HALF_UP);
            boolean met = achieved.compareTo(row.value()) >= 0;
            out.add(new TargetProgress(row.id(), programme.slug(), kind, row.value().stripTrailingZeros(), row.dueOn(), row.role(),
                    sector, achieved, share, met, !met && today.isAfter(row.dueOn()), countries, bySector, byGender, gains));
        }
        return out;
    }

    /**
     * How the learning gains spread over the programme's completed events so far: the learners who
     * took both tests, their mean individual gain and the count per band. Public, like the targets:
     * only aggregate figures. 404 for an unknown programme.
     */
    @Transactional(readOnly = true)
    public GainDistribution gains(String programmeSlug) {
        ProgrammeView programme = directory.programme(programmeSlug)
                .orElseThrow(() -> new NotFoundException("training.course.programme", programmeSlug));
        return gains(programme.id(), at(clock.instant()));
    }

    /** The gains of the completed events of a programme's courses ended before {@code until}, each event's tests on their own. */
    private GainDistribution gains(long programme, Object until) {
        Map<Long, List<Attempt>> pre = new TreeMap<>();
        Map<Long, List<Attempt>> post = new TreeMap<>();
        jdbc.sql("select a.event_id, a.registration_id, a.kind, a.points, a.possible from training_test_attempt a "
                        + "where a.event_id in (select x.id from (" + COMPLETED + ") x) order by a.event_id, a.submitted_at, a.id")
                .params(programme, until)
                .query(rs -> {
                    Attempt attempt = new Attempt(Long.toString(rs.getLong(2)), new TestScore(rs.getInt(4), rs.getInt(5)).percent(), Map.of());
                    (TestKind.PRE.name().equals(rs.getString(3)) ? pre : post).computeIfAbsent(rs.getLong(1), e -> new ArrayList<>()).add(attempt);
                });
        List<LearningGain> events = new ArrayList<>();
        pre.forEach((event, attempts) -> events.add(LearningGain.of(attempts, post.getOrDefault(event, List.of()))));
        return GainDistribution.of(events);
    }
}
