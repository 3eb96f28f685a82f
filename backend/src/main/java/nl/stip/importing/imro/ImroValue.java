package nl.stip.importing.imro;

/**
 * One {@code WaardeEnType} of a Maatvoering: the measure (waardeType, e.g. "maximum bouwhoogte (m)") and its value,
 * as written ({@code text}) and as a number. {@code known} is false for a waardeType outside the IMRO2012 list: it is
 * kept, and reported.
 */
public record ImroValue(String waardeType, double waarde, String text, String symboolCode, boolean known) {
}
