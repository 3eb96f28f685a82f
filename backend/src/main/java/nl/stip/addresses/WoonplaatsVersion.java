package nl.stip.addresses;

/** One voorkomen of an LV-BAG woonplaats (its area is not stored). */
public record WoonplaatsVersion(String identificatie, BagVoorkomen voorkomen, String status, String naam) {
}
