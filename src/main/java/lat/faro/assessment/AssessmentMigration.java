package lat.faro.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.framework.Indicator;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a draft assessment to a newer version of its framework, explicitly, by an admin and after
 * a preview. Nothing moves on its own: loading a new version never re-scores an assessment.
 */
@Service
@Transactional
public class AssessmentMigration {

    private final AssessmentManagement management;
    private final Assessments assessments;
    private final Judgements judgements;
    private final EvidenceItems evidence;
    private final Notes notes;
    private final FrameworkLibrary frameworks;
    private final AssessmentPermissions permissions;
    private final Access access;
    private final ApplicationEventPublisher events;

    AssessmentMigration(AssessmentManagement management, Assessments assessments, Judgements judgements,
            EvidenceItems evidence, Notes notes, FrameworkLibrary frameworks, AssessmentPermissions permissions,
            Access access, ApplicationEventPublisher events) {
        this.management = management;
        this.assessments = assessments;
        this.judgements = judgements;
        this.evidence = evidence;
        this.notes = notes;
        this.frameworks = frameworks;
        this.permissions = permissions;
        this.access = access;
        this.events = events;
    }

    /** The newer versions the assessment could move to. */
    @Transactional(readOnly = true)
    public List<FrameworkRef> targets(long id) {
        AssessmentView a = management.workingCopy(id);
        return frameworks.versions(a.framework().id()).stream().map(Framework::ref)
                .filter(ref -> ref.compareTo(a.framework()) > 0).toList();
    }

    @Transactional(readOnly = true)
    public MigrationPreview preview(long id, FrameworkRef target) {
        AssessmentView a = allowed(id, target);
        return preview(a, frameworks.get(a.framework()), frameworks.get(target));
    }

    /** Applies the move; {@code expectedVersion} guards against a status change in between. */
    public MigrationPreview migrate(long id, FrameworkRef target, @Nullable Long expectedVersion) {
        return migrate(id, target, expectedVersion, null);
    }

    /**
     * Applies the move the admin previewed: refused when the assessment's status changed
     * ({@code expectedVersion}) or the judgements that would be lost are no longer those the
     * preview showed ({@code expectedDropped}, when given).
     */
    public MigrationPreview migrate(long id, FrameworkRef target, @Nullable Long expectedVersion,
            java.util.@Nullable Collection<String> expectedDropped) {
        AssessmentView a = allowed(id, target);
        MigrationPreview preview = preview(a, frameworks.get(a.framework()), frameworks.get(target));
        if (expectedDropped != null && !Set.copyOf(expectedDropped).equals(Set.copyOf(preview.dropped()))) {
            throw InvalidFieldException.conflict("version", "assessment.migration.changed");
        }
        long version = expectedVersion == null ? a.version() : expectedVersion;
        if (!assessments.changeFramework(id, version, target)) {
            throw InvalidFieldException.conflict("version", "assessment.migration.changed");
        }
        judgements.deleteAll(id, preview.dropped());
        evidence.moveOff(id, preview.dropped());
        String actor = String.valueOf(access.userName());
        notes.addTransition(id, a.status(), a.status(), "framework " + a.framework() + " → " + target, actor,
                java.time.Instant.now());
        events.publishEvent(new AssessmentMigrated(id, a.country(), a.framework(), target, preview.carried().size(),
                preview.dropped().size(), actor));
        return preview;
    }

    private AssessmentView allowed(long id, FrameworkRef target) {
        AssessmentView a = management.workingCopy(id);
        if (!permissions.isProgrammeStaff() || !access.programmeWide(lat.faro.shared.security.Role.ADMIN)) {
            throw new AccessDeniedException("migrate");
        }
        if (!permissions.canMigrate(a)) {
            throw InvalidFieldException.conflict("status", "assessment.notDraft", a.status().name());
        }
        if (!target.id().equals(a.framework().id()) || target.compareTo(a.framework()) <= 0) {
            throw InvalidFieldException.invalid("target", "assessment.migration.notNewer", target.toString(),
                    a.framework().toString());
        }
        if (frameworks.find(target).isEmpty()) {
            throw InvalidFieldException.invalid("target", "framework.notFound", target.toString());
        }
        return a;
    }

    MigrationPreview preview(AssessmentView a, Framework from, Framework to) {
        Map<String, JudgementView> judged = judgements.of(a.id());
        List<String> carried = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String indicatorId : judged.keySet()) {
            (to.indicator(indicatorId).isPresent() ? carried : dropped).add(indicatorId);
        }
        List<String> added = to.indicators().stream().map(Indicator::id)
                .filter(i -> from.indicator(i).isEmpty()).toList();
        Map<String, Verdict> verdicts = AssessmentManagement.verdicts(judged);
        Map<String, Verdict> kept = new LinkedHashMap<>(verdicts);
        kept.keySet().retainAll(carried);
        Map<String, Integer> before = stages(from, verdicts);
        Map<String, Integer> after = stages(to, kept);
        Set<String> units = new LinkedHashSet<>(before.keySet());
        units.addAll(after.keySet());
        List<MigrationPreview.StageChange> changes = new ArrayList<>();
        for (String unit : units) {
            int b = before.getOrDefault(unit, 0);
            int c = after.getOrDefault(unit, 0);
            if (b != c) {
                changes.add(new MigrationPreview.StageChange(unit, b, c));
            }
        }
        return new MigrationPreview(from.ref(), to.ref(), carried, dropped, added, changes);
    }

    private static Map<String, Integer> stages(Framework framework, Map<String, Verdict> verdicts) {
        Map<String, Integer> result = new LinkedHashMap<>();
        if (framework.isBaseline()) {
            return result;
        }
        Scoring.score(framework, verdicts).units().forEach(u -> result.put(u.unitId(), u.stage()));
        return result;
    }
}
