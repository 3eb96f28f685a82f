package nl.stip.importing.support;

/** A record read from a file, or why it cannot be used; {@code where} names it for the report. */
public record Outcome<T>(T record, String where, String problem) {

    public static <T> Outcome<T> ok(T record, String where) {
        return new Outcome<>(record, where, null);
    }

    public static <T> Outcome<T> rejected(String where, String problem) {
        return new Outcome<>(null, where, problem);
    }
}
