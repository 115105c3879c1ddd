package lat.faro.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of assessments without anyone's permission: published national
 * results only (the latest published revision of each country in a round), scored by the rule of
 * {@link Scoring}. Nothing unpublished or confidential is reachable through here.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

    private final Rounds rounds;
    private final Assessments assessments;
    private final Judgements judgements;
    private final FrameworkLibrary frameworks;

    AssessmentQueries(Rounds rounds, Assessments assessments, Judgements judgements, FrameworkLibrary frameworks) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.judgements = judgements;
        this.frameworks = frameworks;
    }

    /** The rounds, newest first. */
    public List<RoundView> rounds() {
        return rounds.all();
    }

    public Optional<RoundView> round(long id) {
        return rounds.find(id);
    }

    /** The round with this label, compared without regard to case. */
    public Optional<RoundView> roundLabelled(String label) {
        return rounds.findByLabel(label);
    }

    /**
     * The countries that have a national assessment of their own in the round, whatever its
     * status: for programme-level checks (an import must not contradict one), never for display.
     */
    public Set<String> countriesWithAssessmentIn(long roundId) {
        Set<String> countries = new java.util.TreeSet<>();
        for (AssessmentView a : assessments.inRound(roundId)) {
            if (a.organisationId() == null) {
                countries.add(a.country());
            }
        }
        return countries;
    }

    /** The published result of every country in a national round, by country code. */
    public List<PublishedResult> published(long roundId) {
        Optional<RoundView> round = rounds.find(roundId);
        if (round.isEmpty() || round.get().kind() != RoundKind.NATIONAL) {
            return List.of();
        }
        Map<String, AssessmentView> latest = new LinkedHashMap<>();
        for (AssessmentView a : assessments.inRound(roundId)) {
            if (a.status() == AssessmentStatus.PUBLISHED && a.organisationId() == null) {
                latest.merge(a.country(), a, (x, y) -> x.revision() >= y.revision() ? x : y);
            }
        }
        List<PublishedResult> results = new ArrayList<>();
        for (AssessmentView a : latest.values()) {
            Framework framework = frameworks.get(a.framework());
            AssessmentScore score = Scoring.score(framework, AssessmentManagement.verdicts(judgements.of(a.id())));
            Map<String, Integer> stages = new LinkedHashMap<>();
            Set<String> incomplete = new HashSet<>();
            for (UnitScore unit : score.units()) {
                if (!unit.applicable()) {
                    continue; // no stage to count: the country judged the whole aspect not applicable
                }
                stages.put(unit.unitId(), unit.stage());
                if (!unit.complete()) {
                    incomplete.add(unit.unitId());
                }
            }
            results.add(new PublishedResult(a.id(), roundId, a.roundLabel(), a.country(), a.revision(), a.framework(),
                    a.publishedAt(), stages, incomplete));
        }
        return results;
    }
}
