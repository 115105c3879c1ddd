package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lat.faro.framework.Texts;
import lat.faro.shared.web.NotFoundException;
import lat.faro.training.Fraction;
import lat.faro.training.GainReport;
import lat.faro.training.LearnerGain;
import lat.faro.training.LearningGain;
import lat.faro.training.LearningTests;
import lat.faro.training.Question;
import lat.faro.training.QuestionBank;
import lat.faro.training.QuestionBankView;
import lat.faro.training.QuestionDifficulty;
import lat.faro.training.QuestionDraft;
import lat.faro.training.QuestionKind;
import lat.faro.training.TestKind;
import lat.faro.training.TestPaper;
import lat.faro.training.TestResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Question banks, pre- and post-tests and learning gains. Programme staff write a course's bank;
 * they and the trainers of its events read it with its key. A confirmed participant takes each
 * test of an event once, in its window, and reads their own results; the event's trainers and
 * programme staff read the gain. Scores and gains are given rounded to two decimals.
 */
@RestController
@RequestMapping(path = "/api/v1/training", produces = "application/json")
@Tag(name = "Training tests", description = "Question banks, pre- and post-tests, and learning gain after Hake")
class LearningTestsApi {

    private final QuestionBank bank;
    private final LearningTests tests;

    LearningTestsApi(QuestionBank bank, LearningTests tests) {
        this.bank = bank;
        this.tests = tests;
    }

    record OptionRequest(@Nullable Map<String, @Nullable String> text, @Nullable Boolean correct) {
    }

    record QuestionRequest(@Nullable QuestionKind kind, @Nullable Map<String, @Nullable String> text,
            @Nullable Map<String, @Nullable String> explanation, @Nullable List<@Nullable OptionRequest> options) {

        QuestionDraft draft() {
            List<QuestionDraft.OptionDraft> drafts = new ArrayList<>();
            if (options != null) {
                for (OptionRequest option : options) {
                    drafts.add(option == null ? new QuestionDraft.OptionDraft(Map.of(), false)
                            : new QuestionDraft.OptionDraft(texts(option.text()), Boolean.TRUE.equals(option.correct())));
                }
            }
            return new QuestionDraft(kind, texts(text), texts(explanation), drafts);
        }
    }

    record BankRequest(@Nullable List<@Nullable QuestionRequest> questions) {
    }

    record OptionDoc(long id, Map<String, String> text, boolean correct) {
    }

    record QuestionDoc(long id, int position, QuestionKind kind, Map<String, String> text, Map<String, String> explanation,
            List<OptionDoc> options) {

        static QuestionDoc of(Question q) {
            return new QuestionDoc(q.id(), q.position(), q.kind(), sorted(q.text()), sorted(q.explanation()),
                    q.options().stream().map(o -> new OptionDoc(o.id(), sorted(o.text()), o.correct())).toList());
        }
    }

    record BankDoc(long course, int version, List<QuestionDoc> questions) {

        static BankDoc of(QuestionBankView view) {
            return new BankDoc(view.courseId(), view.version(), view.questions().stream().map(QuestionDoc::of).toList());
        }
    }

    @GetMapping("/courses/{id}/questions")
    @Operation(summary = "A course's question bank, with its key (programme staff and the trainers of its events)",
            description = "Version 0 with no questions when the course has no bank yet. 403 for anyone else; 404 for an "
                    + "unknown course.")
    BankDoc questions(@PathVariable long id) {
        return BankDoc.of(bank.bank(id));
    }

    @PutMapping("/courses/{id}/questions")
    @Operation(summary = "Replace a course's question bank (programme staff)",
            description = "Send the version read in `If-Match` (0 for a course without a bank); a stale version is a 409 "
                    + "and nothing changes. Each question: `kind` SINGLE (exactly one correct option) or MULTIPLE (at least "
                    + "one), `text` and `explanation` per language (es required), 2 to 8 `options` with `text` per language "
                    + "(es required) and `correct`. 400 names every bad field, e.g. `questions[1].options[0].text.es`. Events "
                    + "whose tests were already taken keep the questions they were taken with.")
    BankDoc saveQuestions(@PathVariable long id, @RequestHeader("If-Match") String ifMatch, @RequestBody BankRequest request) {
        List<QuestionDraft> drafts = new ArrayList<>();
        if (request.questions() != null) {
            for (QuestionRequest question : request.questions()) {
                drafts.add(question == null ? new QuestionDraft(null, Map.of(), Map.of(), List.of()) : question.draft());
            }
        }
        return BankDoc.of(bank.save(id, WebInputs.version(ifMatch), drafts));
    }

    record ChoiceDoc(long id, Map<String, String> text) {
    }

    record ItemDoc(long id, int position, QuestionKind kind, Map<String, String> text, List<ChoiceDoc> options) {
    }

    record PaperDoc(long event, TestKind kind, TestPaper.Availability availability, @Nullable Instant opensAt, Instant closesAt,
            @Nullable Instant submittedAt, List<ItemDoc> questions) {

        static PaperDoc of(TestPaper p) {
            return new PaperDoc(p.eventId(), p.kind(), p.availability(), p.opensAt(), p.closesAt(), p.submittedAt(),
                    p.items().stream().map(i -> new ItemDoc(i.id(), i.position(), i.kind(), sorted(i.text()),
                            i.choices().stream().map(c -> new ChoiceDoc(c.id(), sorted(c.text()))).toList())).toList());
        }
    }

    @GetMapping("/events/{id}/tests/{kind}")
    @Operation(summary = "A test of an event as the caller may take it",
            description = "`kind` is PRE or POST. `availability` says whether the caller may submit it now (OPEN) or why not "
                    + "(SUBMITTED, NOT_YET_OPEN, CLOSED, NOT_PARTICIPANT, NO_QUESTIONS); the questions, without the key, only "
                    + "when OPEN. The pre-test is open from the caller's confirmation until the first session starts; the "
                    + "post-test from the start of the last session until 14 days after it ends. 404 for an event the caller "
                    + "may not see.")
    PaperDoc paper(@PathVariable long id, @PathVariable TestKind kind) {
        return PaperDoc.of(tests.paper(id, kind));
    }

    record AnswersRequest(@Nullable Map<Long, @Nullable List<Long>> answers) {

        Map<Long, Set<Long>> chosen() {
            Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
            if (answers != null) {
                answers.forEach((question, options) -> chosen.put(question, options == null ? Set.of() : new TreeSet<>(options)));
            }
            return chosen;
        }
    }

    record MarkedDoc(long question, int position, QuestionKind kind, Map<String, String> text, List<OptionDoc> options,
            List<Long> chosen, boolean correct, Map<String, String> explanation) {
    }

    record ResultDoc(long id, long event, long registration, TestKind kind, Instant submittedAt, int points, int possible,
            BigDecimal percent, boolean explained, List<MarkedDoc> questions) {

        static ResultDoc of(TestResult r) {
            return new ResultDoc(r.attemptId(), r.eventId(), r.registrationId(), r.kind(), r.submittedAt(), r.score().points(),
                    r.score().possible(), r.score().rounded(), r.explained(), r.questions().stream().map(m -> {
                        QuestionDoc q = QuestionDoc.of(m.question());
                        return new MarkedDoc(q.id(), q.position(), q.kind(), q.text(), q.options(),
                                m.chosen().stream().sorted().toList(), m.correct(), q.explanation());
                    }).toList());
        }
    }

    @PostMapping("/events/{id}/tests/{kind}")
    @Operation(summary = "Submit a test (a confirmed participant, once)",
            description = "`answers` maps question ids to the ids of the chosen options; a question left out is unanswered "
                    + "and earns nothing. A question earns its point only when exactly its correct options are chosen. 409 "
                    + "when the caller holds no confirmed place, the test is not open, or they already submitted it (the "
                    + "message says when); nothing is written twice. 400 names each answer that does not fit the test as "
                    + "`answers.<question id>`. The result explains each question after the post-test; after the pre-test "
                    + "only the score is given, as the post-test asks the same questions.")
    ResponseEntity<ResultDoc> submit(@PathVariable long id, @PathVariable TestKind kind, @RequestBody AnswersRequest request) {
        TestResult result = tests.submit(id, kind, request.chosen());
        return ResponseEntity.created(URI.create("/api/v1/training/test-attempts/" + result.attemptId())).body(ResultDoc.of(result));
    }

    @GetMapping("/events/{id}/tests/{kind}/result")
    @Operation(summary = "The caller's own result of a test", description = "404 when the caller has not submitted it.")
    ResultDoc mine(@PathVariable long id, @PathVariable TestKind kind) {
        return ResultDoc.of(tests.mine(id, kind).orElseThrow(() -> new NotFoundException("training.test.notTaken")));
    }

    @GetMapping("/test-attempts/{id}")
    @Operation(summary = "One test attempt",
            description = "For the participant who made it, the event's trainers and programme staff; 404 for anyone else.")
    ResultDoc attempt(@PathVariable long id) {
        return ResultDoc.of(tests.attempt(id));
    }

    record LearnerDoc(long registration, String name, BigDecimal pre, BigDecimal post, BigDecimal change, @Nullable BigDecimal gain) {
    }

    record DifficultyDoc(long question, int position, int takers, int correct, @Nullable BigDecimal p) {
    }

    record GainDoc(long event, int bankVersion, int matched, int preOnly, int postOnly, int attrition,
            @Nullable BigDecimal attritionShare, int undefinedGains, @Nullable BigDecimal meanPre, @Nullable BigDecimal meanPost,
            @Nullable BigDecimal classAverageGain, @Nullable BigDecimal meanIndividualGain, List<LearnerDoc> learners,
            List<DifficultyDoc> preDifficulty, List<DifficultyDoc> postDifficulty) {

        static GainDoc of(GainReport report) {
            LearningGain g = report.gain();
            List<LearnerDoc> learners = new ArrayList<>();
            for (LearnerGain l : g.learners()) {
                learners.add(new LearnerDoc(Long.parseLong(l.participant()), report.nameOf(l.participant()), l.pre().rounded(),
                        l.post().rounded(), l.change().rounded(), rounded(l.gain())));
            }
            return new GainDoc(report.eventId(), report.bankVersion(), g.matched(), g.preOnly(), g.postOnly(), g.attrition(),
                    rounded(g.attritionShare()), g.undefinedGains(), rounded(g.meanPre()), rounded(g.meanPost()),
                    rounded(g.classAverageGain()), rounded(g.meanIndividualGain()), learners,
                    difficulty(report.questions(), g.preDifficulty()), difficulty(report.questions(), g.postDifficulty()));
        }

        private static List<DifficultyDoc> difficulty(List<Question> questions, List<QuestionDifficulty> difficulty) {
            List<DifficultyDoc> out = new ArrayList<>();
            for (int i = 0; i < difficulty.size(); i++) {
                QuestionDifficulty d = difficulty.get(i);
                out.add(new DifficultyDoc(Long.parseLong(d.questionId()), questions.get(i).position(), d.takers(), d.correct(),
                        rounded(d.p())));
            }
            return out;
        }
    }

    @GetMapping("/events/{id}/gain")
    @Operation(summary = "The learning gain of an event (its trainers and programme staff)",
            description = "Hake's normalised gain two ways: the class-average ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩) over the "
                    + "learners who took both tests, and the mean of the individual gains g = (post − pre) / (100 − pre), "
                    + "which leaves out learners who scored 100 on the pre-test (`undefinedGains`). Attrition is who took "
                    + "only one test; its share is of everyone who took at least one. Difficulty p per question is the share "
                    + "of a test's takers who answered it correctly. Scores in percent. 403 for anyone else.")
    GainDoc gain(@PathVariable long id) {
        return GainDoc.of(tests.gain(id));
    }

    private static @Nullable BigDecimal rounded(@Nullable Fraction value) {
        return value == null ? null : value.rounded();
    }

    private static Map<String, String> sorted(Texts texts) {
        return new TreeMap<>(texts.byLanguage());
    }

    /** The texts given, the null ones left out (a missing text is then named by the service). */
    private static Map<String, String> texts(@Nullable Map<String, @Nullable String> texts) {
        Map<String, String> out = new TreeMap<>();
        if (texts != null) {
            texts.forEach((lang, text) -> {
                if (lang != null && text != null) {
                    out.put(lang, text);
                }
            });
        }
        return out;
    }
}
