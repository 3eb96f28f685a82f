package nl.stip.lookup;

import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Coordinate;

/** The clicked point in both CRSs: WGS84 lon/lat for the web, RD New x/y for the queries. */
public record LookupPoint(double lon, double lat, double x, double y) {

    /** From the request: either lon/lat (WGS84) or x/y (RD New), each a number in range; else 400 naming the parameter. */
    public static LookupPoint parse(String lon, String lat, String x, String y) {
        boolean wgs84 = lon != null || lat != null;
        boolean rd = x != null || y != null;
        if (wgs84 && rd) {
            throw new InvalidParameterException(lon != null ? "lon" : "lat", "Give either lon and lat (WGS84) or x and y (RD New), not both.");
        }
        if (rd) {
            double rx = number("x", x);
            double ry = number("y", y);
            if (!Rd.inDomain(rx, ry)) {
                throw new InvalidParameterException(Rd.DOMAIN.getMinX() <= rx && rx <= Rd.DOMAIN.getMaxX() ? "y" : "x",
                        "x=" + x + ", y=" + y + " lies outside the RD New area (x " + (int) Rd.DOMAIN.getMinX() + ".." + (int) Rd.DOMAIN.getMaxX()
                                + ", y " + (int) Rd.DOMAIN.getMinY() + ".." + (int) Rd.DOMAIN.getMaxY() + " metres).");
            }
            Coordinate wgs = CrsTransform.toWgs84(rx, ry);
            return new LookupPoint(round(wgs.x, 7), round(wgs.y, 7), rx, ry);
        }
        double wlon = number("lon", lon);
        double wlat = number("lat", lat);
        if (wlon < -180 || wlon > 180) {
            throw new InvalidParameterException("lon", "lon=" + lon + " is out of range: a longitude lies between -180 and 180 degrees.");
        }
        if (wlat < -90 || wlat > 90) {
            throw new InvalidParameterException("lat", "lat=" + lat + " is out of range: a latitude lies between -90 and 90 degrees.");
        }
        Coordinate point = CrsTransform.toRd(wlon, wlat);
        return new LookupPoint(wlon, wlat, round(point.x, 3), round(point.y, 3));
    }

    public boolean inRdDomain() {
        return Rd.inDomain(x, y);
    }

    private static double number(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "Parameter '" + name + "' is missing.");
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "Parameter '" + name + "' must be a number, got '" + value + "'.");
        }
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
