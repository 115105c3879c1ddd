package lat.faro.assessment;

/**
 * Someone else saved the judgement after the writer loaded it. Carries what is saved now, so the
 * writer can see it and decide; nothing was overwritten.
 */
public class StaleJudgementException extends RuntimeException {

    private final transient JudgementView current;

    StaleJudgementException(JudgementView current) {
        super("judgement " + current.indicatorId() + " changed (now version " + current.version() + ")");
        this.current = current;
    }

    public JudgementView current() {
        return current;
    }
}
