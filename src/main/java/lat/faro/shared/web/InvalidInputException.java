package lat.faro.shared.web;

import java.util.List;

/**
 * Input refused as a whole, with every problem found in it (a file, an import, a request with
 * several wrong fields). Nothing of it has been written. A 400 on the API, or a 409 when the input
 * clashes with the current state.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;
    private final boolean conflict;

    public InvalidInputException(List<FieldProblem> problems) {
        this(problems, false);
    }

    public InvalidInputException(List<FieldProblem> problems, boolean conflict) {
        super(problems.size() + " problem(s), first " + (problems.isEmpty() ? "-" : problems.getFirst()));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean isConflict() {
        return conflict;
    }
}
