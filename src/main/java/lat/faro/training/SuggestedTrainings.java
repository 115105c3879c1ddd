package lat.faro.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lat.faro.assessment.AssessmentQueries;
import lat.faro.assessment.PublishedResult;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.ScoringUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a member state, the gaps of its latest published assessment beside the courses that address
 * them: every aspect (or aspect-less factor) below {@link #ESTABLISHED}, in the model's order,
 * with the courses linked to it or to its factor in the same framework. Only published
 * assessments count, so this is public.
 */
@Service
@Transactional(readOnly = true)
public class SuggestedTrainings {

    /** The stage from which an aspect is no longer a gap here: established (3). */
    public static final int ESTABLISHED = 3;

    /** A gap: the unit, its stage, and the courses that address it. */
    public record Gap(String unitId, String factorId, int stage, List<CourseView> courses) {

        public Gap {
            courses = List.copyOf(courses);
        }
    }

    /** What is suggested for a country, from which published assessment. */
    public record Suggestions(String country, long roundId, String roundLabel, Framework framework, List<Gap> gaps) {

        public Suggestions {
            gaps = List.copyOf(gaps);
        }
    }

    private final AssessmentQueries assessments;
    private final FrameworkLibrary frameworks;
    private final TrainingCatalogue catalogue;

    SuggestedTrainings(AssessmentQueries assessments, FrameworkLibrary frameworks, TrainingCatalogue catalogue) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.catalogue = catalogue;
    }

    /** Empty when the country has no published national assessment. */
    public Optional<Suggestions> forCountry(String iso2) {
        for (RoundView round : assessments.rounds()) { // newest first
            if (round.kind() != RoundKind.NATIONAL) {
                continue;
            }
            Optional<PublishedResult> result = assessments.published(round.id()).stream()
                    .filter(r -> r.country().equals(iso2)).findFirst();
            if (result.isPresent()) {
                return Optional.of(suggest(iso2, round, result.get()));
            }
        }
        return Optional.empty();
    }

    private Suggestions suggest(String iso2, RoundView round, PublishedResult result) {
        Framework framework = frameworks.get(result.framework());
        List<CourseView> courses = catalogue.courses();
        List<Gap> gaps = new ArrayList<>();
        for (Dimension dimension : framework.dimensions()) {
            for (Factor factor : dimension.factors()) {
                for (ScoringUnit unit : factor.units()) {
                    Integer stage = result.stages().get(unit.id());
                    if (stage == null || stage >= ESTABLISHED) {
                        continue;
                    }
                    List<CourseView> addressing = courses.stream().filter(c -> c.elements().stream().anyMatch(e ->
                            e.frameworkId().equals(framework.ref().id())
                                    && (e.elementId().equals(unit.id()) || e.elementId().equals(factor.id())))).toList();
                    gaps.add(new Gap(unit.id(), factor.id(), stage, addressing));
                }
            }
        }
        return new Suggestions(iso2, round.id(), round.label(), framework, gaps);
    }
}
