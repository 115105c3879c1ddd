package lat.faro.training;

/** How a test question is answered: one option, or any number of options. */
public enum QuestionKind {

    /** Exactly one option is correct and the learner chooses one. */
    SINGLE,

    /** One or more options are correct and the learner chooses any number of them. */
    MULTIPLE
}
