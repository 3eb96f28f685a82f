package nl.stip.addresses;

/** An address with the pand it lies in ({@code pand}: BAG identificatie, null when unknown) and its point (RD New). */
public record AddressPlace(AddressView address, String pand, double x, double y) {
}
