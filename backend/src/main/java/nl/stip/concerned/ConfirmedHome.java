package nl.stip.concerned;

/**
 * A confirmed home: the BAG pand, the address label when the home was chosen by (or resolved to) an address (null
 * otherwise), and a point in the pand in RD New (x, y metres).
 */
public record ConfirmedHome(long homeId, String pandId, String addressLabel, double x, double y) {
}
