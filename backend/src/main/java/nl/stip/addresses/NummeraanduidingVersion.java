package nl.stip.addresses;

/**
 * One voorkomen of an LV-BAG nummeraanduiding: house number, letter and addition, postcode, the kind of object it
 * addresses, the openbare ruimte it lies on and (only where it differs from the street's) its woonplaats.
 */
public record NummeraanduidingVersion(String identificatie, BagVoorkomen voorkomen, String status, int huisnummer, String huisletter,
                                      String toevoeging, String postcode, String typeAdresseerbaarObject, String openbareRuimte,
                                      String woonplaats) {
}
