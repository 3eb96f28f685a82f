package nl.stip.addresses;

/** One voorkomen of an LV-BAG openbare ruimte: its name, type (Weg, Water ...) and woonplaats. */
public record OpenbareRuimteVersion(String identificatie, BagVoorkomen voorkomen, String status, String naam, String type,
                                    String woonplaats) {
}
