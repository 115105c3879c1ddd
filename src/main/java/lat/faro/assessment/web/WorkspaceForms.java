package lat.faro.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lat.faro.assessment.Confidentiality;
import lat.faro.assessment.EvidenceInput;
import lat.faro.assessment.EvidenceKind;
import lat.faro.assessment.JudgementInput;
import lat.faro.assessment.JudgementView;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.Transition;
import lat.faro.shared.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's forms as the pages bind them: every field a string, so that whatever is sent
 * reaches the page as a message beside its field rather than a binding failure. The rules of
 * substance stay in {@code AssessmentManagement}; these only turn text into its arguments.
 */
final class WorkspaceForms {

    private WorkspaceForms() {
    }

    /** One indicator's judgement; {@code version} is the one the writer loaded (empty when none). */
    record Judgement(@Nullable String outcome, @Nullable String tier, @Nullable String rationale,
            @Nullable String notApplicableReason, @Nullable String version) {

        static Judgement empty() {
            return new Judgement(null, null, null, null, null);
        }

        static Judgement of(@Nullable JudgementView saved) {
            if (saved == null) {
                return empty();
            }
            return new Judgement(saved.outcome().name(), saved.tier() == null ? null : saved.tier().toString(),
                    saved.rationale(), saved.notApplicableReason(), Long.toString(saved.version()));
        }

        /** The same attempt, to be saved over the version now stored. */
        Judgement over(long currentVersion) {
            return new Judgement(outcome, tier, rationale, notApplicableReason, Long.toString(currentVersion));
        }

        List<FieldProblem> problems(boolean baseline) {
            List<FieldProblem> problems = new ArrayList<>();
            if (parsedOutcome(baseline) == null) {
                problems.add(FieldProblem.at("outcome", "assessment.workspace.outcome.required"));
            }
            if (present(tier) && parsedTier() == null) {
                problems.add(FieldProblem.at("tier", "assessment.judgement.tier"));
            }
            return problems;
        }

        /** Call only when {@link #problems} found none. */
        JudgementInput input(boolean baseline) {
            Outcome chosen = parsedOutcome(baseline);
            if (chosen == null) {
                throw new IllegalStateException("no outcome");
            }
            return new JudgementInput(chosen, parsedTier(), rationale, notApplicableReason, parsedVersion());
        }

        /** A control rated with a tier needs no separate outcome: choosing a tier says "rated". */
        private @Nullable Outcome parsedOutcome(boolean baseline) {
            if (!present(outcome)) {
                return baseline && parsedTier() != null ? Outcome.RATED : null;
            }
            try {
                return Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private @Nullable Integer parsedTier() {
            if (!present(tier)) {
                return null;
            }
            try {
                return Integer.valueOf(tier.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private @Nullable Long parsedVersion() {
            if (!present(version)) {
                return null;
            }
            try {
                return Long.valueOf(version.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** An evidence item to add; the file travels beside it as a multipart part. */
    record Evidence(@Nullable String kind, @Nullable String title, @Nullable String url, @Nullable String documentDate,
            @Nullable String source, @Nullable String confidentiality) {

        static Evidence empty() {
            return new Evidence(EvidenceKind.FILE.name(), null, null, null, null, Confidentiality.COUNTRY.name());
        }

        List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (parse(EvidenceKind.class, kind) == null) {
                problems.add(FieldProblem.at("kind", "validation.required"));
            }
            if (parse(Confidentiality.class, confidentiality) == null) {
                problems.add(FieldProblem.at("confidentiality", "validation.required"));
            }
            if (present(documentDate) && date() == null) {
                problems.add(FieldProblem.at("documentDate", "assessment.workspace.evidence.date"));
            }
            return problems;
        }

        /** Call only when {@link #problems} found none. */
        EvidenceInput input(@Nullable String fileName, byte @Nullable [] content) {
            EvidenceKind chosen = parse(EvidenceKind.class, kind);
            Confidentiality who = parse(Confidentiality.class, confidentiality);
            if (chosen == null || who == null) {
                throw new IllegalStateException("kind and confidentiality are checked first");
            }
            return new EvidenceInput(chosen, title == null ? "" : title, url, date(), source, who,
                    chosen == EvidenceKind.FILE ? fileName : null, chosen == EvidenceKind.FILE ? content : null);
        }

        private @Nullable LocalDate date() {
            if (!present(documentDate)) {
                return null;
            }
            try {
                return LocalDate.parse(documentDate.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** A comment on the factor. */
    record Comment(@Nullable String body) {

        static Comment empty() {
            return new Comment(null);
        }
    }

    /** A workflow step; {@code version} is the assessment's as the person saw it. */
    record Step(@Nullable String transition, @Nullable String note, @Nullable String version) {

        static Step empty() {
            return new Step(null, null, null);
        }

        @Nullable Transition parsedTransition() {
            return parse(Transition.class, transition);
        }

        @Nullable Long parsedVersion() {
            if (!present(version)) {
                return null;
            }
            try {
                return Long.valueOf(version.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
