package lat.faro.shared.web;

/**
 * One thing wrong with some input, at a place a person can find: a form field, a path in a file
 * ({@code dimensions[2].factors[0]}) or a row. The message comes from the bundles.
 *
 * @param field where, in the words of the input's own structure
 * @param line  the line in the uploaded file, or 0 when there is none
 * @param code  the message key
 * @param args  the message arguments
 */
public record FieldProblem(String field, int line, String code, Object... args) {

    public FieldProblem {
        args = args.clone();
    }

    public static FieldProblem at(String field, String code, Object... args) {
        return new FieldProblem(field, 0, code, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p && p.field.equals(field) && p.line == line && p.code.equals(code)
                && java.util.Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, line, code, java.util.Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + (line > 0 ? " (line " + line + ")" : "") + ": " + code + java.util.Arrays.toString(args);
    }
}
