package lat.faro.assessment;

import static lat.faro.shared.security.Role.ADMIN;
import static lat.faro.shared.security.Role.AGENCY_OFFICER;
import static lat.faro.shared.security.Role.ASSESSOR;
import static lat.faro.shared.security.Role.NATIONAL_COORDINATOR;
import static lat.faro.shared.security.Role.PROGRAMME_COORDINATOR;
import static lat.faro.shared.security.Role.REVIEWER;

import lat.faro.shared.security.Access;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an assessment. Country people (national coordinators and
 * assessors, and agency officers for their agency's self-assessment) work on their own; programme
 * reviewers see what is in review or beyond; programme coordinators see everything and publish;
 * the public sees published national assessments only. Also the template's {@code @assessmentAccess}.
 */
@Component("assessmentAccess")
public class AssessmentPermissions {

    private final Access access;

    AssessmentPermissions(Access access) {
        this.access = access;
    }

    /** A national coordinator or assessor of the country, or an agency officer of the agency. */
    public boolean isCountryMember(AssessmentView a) {
        if (access.coversCountry(a.country(), NATIONAL_COORDINATOR, ASSESSOR)) {
            return true;
        }
        Long organisation = a.organisationId();
        return organisation != null && access.coversOrganisation(organisation, a.country(), AGENCY_OFFICER);
    }

    public boolean isProgrammeStaff() {
        return access.programmeWide(ADMIN, PROGRAMME_COORDINATOR);
    }

    private boolean isReviewerOf(AssessmentView a) {
        return access.coversCountry(a.country(), REVIEWER);
    }

    public boolean canView(AssessmentView a) {
        if (a.kind() == RoundKind.NATIONAL && a.status().isPublic()) {
            return true;
        }
        if (isCountryMember(a) || isProgrammeStaff()) {
            return true;
        }
        return isReviewerOf(a) && a.status() != AssessmentStatus.DRAFT;
    }

    /** Sees the working pages (workspace, comments, consultations, history), not only the published profile. */
    public boolean canWorkOn(AssessmentView a) {
        return isCountryMember(a) || isProgrammeStaff() || (isReviewerOf(a) && a.status() != AssessmentStatus.DRAFT);
    }

    /** Judgements and evidence change only in a draft, by the country's own people. */
    public boolean canEdit(AssessmentView a) {
        return a.status() == AssessmentStatus.DRAFT && isCountryMember(a);
    }

    public boolean canComment(AssessmentView a) {
        return !a.status().isPublic() && canWorkOn(a);
    }

    /** Consultations and the decision log are kept until publication by the country's people. */
    public boolean canRecordConsultation(AssessmentView a) {
        return !a.status().isPublic() && isCountryMember(a);
    }

    /** The roadmap is a living plan: the country's coordinator keeps it after publication too. */
    public boolean canPlan(AssessmentView a) {
        return a.status() != AssessmentStatus.SUPERSEDED
                && (access.coversCountry(a.country(), NATIONAL_COORDINATOR) || isProgrammeStaff()
                        || (a.organisationId() != null && isCountryMember(a)));
    }

    public boolean canSeeEvidence(AssessmentView a, EvidenceView e) {
        if (!canView(a)) {
            return false;
        }
        return switch (e.confidentiality()) {
            case PUBLIC -> true;
            case PROGRAMME -> isCountryMember(a) || isProgrammeStaff() || isReviewerOf(a);
            case COUNTRY -> isCountryMember(a);
        };
    }

    public boolean may(AssessmentView a, Transition transition) {
        return switch (transition) {
            case SUBMIT -> a.status() == AssessmentStatus.DRAFT && isCountryMember(a);
            case RETURN -> a.status() == AssessmentStatus.IN_REVIEW && (isReviewerOf(a) || isProgrammeStaff());
            case VALIDATE -> a.status() == AssessmentStatus.IN_REVIEW
                    && (access.coversCountry(a.country(), NATIONAL_COORDINATOR)
                            || (a.organisationId() != null && isCountryMember(a)));
            case PUBLISH -> a.status() == AssessmentStatus.VALIDATED && isProgrammeStaff();
            case REOPEN -> a.status() == AssessmentStatus.PUBLISHED
                    && (access.coversCountry(a.country(), NATIONAL_COORDINATOR) || isProgrammeStaff());
        };
    }

    /** Whether the person holds a role that could ever take the step on this assessment (status aside). */
    public boolean couldEver(AssessmentView a, Transition transition) {
        return switch (transition) {
            case SUBMIT -> isCountryMember(a);
            case RETURN -> isReviewerOf(a) || isProgrammeStaff();
            case VALIDATE -> access.coversCountry(a.country(), NATIONAL_COORDINATOR) || (a.organisationId() != null && isCountryMember(a));
            case PUBLISH -> isProgrammeStaff();
            case REOPEN -> access.coversCountry(a.country(), NATIONAL_COORDINATOR) || isProgrammeStaff();
        };
    }

    public boolean canManageRounds() {
        return isProgrammeStaff();
    }

    /** Starting a country's assessment in a round: its national coordinator, or programme staff. */
    public boolean canStart(String country, @org.jspecify.annotations.Nullable Long organisationId) {
        if (isProgrammeStaff() || access.coversCountry(country, NATIONAL_COORDINATOR)) {
            return true;
        }
        return organisationId != null && access.coversOrganisation(organisationId, country, AGENCY_OFFICER);
    }

    /** Migrating to another framework version is an admin's call. */
    public boolean canMigrate(AssessmentView a) {
        return access.programmeWide(ADMIN) && a.status() == AssessmentStatus.DRAFT;
    }
}
