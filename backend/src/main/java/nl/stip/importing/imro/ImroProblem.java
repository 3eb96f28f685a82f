package nl.stip.importing.imro;

/**
 * Something wrong in an IMRO file. {@code object} is the IMRO identificatie of the object it concerns (null for the
 * file as a whole); an {@link Severity#ERROR} refuses the plan, a {@link Severity#WARNING} is reported and the plan kept.
 */
public record ImroProblem(Severity severity, String object, int line, String message) {

    public enum Severity { ERROR, WARNING }

    static ImroProblem error(String object, int line, String message) {
        return new ImroProblem(Severity.ERROR, object, line, message);
    }

    static ImroProblem warning(String object, int line, String message) {
        return new ImroProblem(Severity.WARNING, object, line, message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + (object == null ? "" : object + ": ") + message;
    }
}
