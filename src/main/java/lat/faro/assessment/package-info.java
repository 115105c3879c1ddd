/**
 * National assessments against a maturity model and agency self-assessments against a baseline:
 * rounds, judgements with evidence, stakeholder consultation, the review workflow, scoring and the
 * roadmap. Other modules use {@link lat.faro.assessment.AssessmentQueries} and listen to its
 * events ({@link lat.faro.assessment.AssessmentPublished} above all).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Assessments",
        allowedDependencies = {"shared", "shared :: security", "shared :: web", "framework", "directory"})
package lat.faro.assessment;

import org.jspecify.annotations.NullMarked;
