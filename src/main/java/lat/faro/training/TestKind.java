package lat.faro.training;

/**
 * The two tests of a training event: the pre-test, taken before the event starts, and the
 * post-test, taken once its last session has begun. Both ask the questions of the course's bank,
 * so that the difference between the two scores measures what was learnt.
 */
public enum TestKind { PRE, POST }
