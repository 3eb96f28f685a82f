package nl.stip.addresses;

/** A BAG address (verblijfsobject with its nummeraanduiding), with a ready label such as "Kerkstraat 12A, 6981 AB Doesburg". */
public record AddressView(String identificatie, String straatnaam, Integer huisnummer, String huisletter, String toevoeging,
                          String postcode, String woonplaats, String pandIdentificatie, String label) {
}
