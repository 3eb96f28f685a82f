package nl.stip.importing.support;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes a GeoPackage geometry blob (GeoPackage 1.x, clause 2.1.3): "GP", version, flags (header byte order,
 * envelope kind, empty, extended), srs_id, the optional envelope, then standard WKB. Not thread-safe.
 */
final class GpkgGeometryBlob {

    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private final WKBReader wkb = new WKBReader(Rd.GEOMETRY);

    /** The geometry in the blob's own coordinates (null for an empty geometry); throws IllegalArgumentException when unreadable. */
    Geometry read(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("geometry blob does not start with the GeoPackage magic 'GP'");
        }
        int flags = blob[3] & 0xFF;
        if ((flags & 0x20) != 0) {
            throw new IllegalArgumentException("extended (non-standard) GeoPackage geometry type");
        }
        int envelope = (flags >> 1) & 0x07;
        if (envelope >= ENVELOPE_BYTES.length) {
            throw new IllegalArgumentException("invalid envelope indicator " + envelope + " in the geometry header");
        }
        if ((flags & 0x10) != 0) {
            return null;
        }
        int offset = 8 + ENVELOPE_BYTES[envelope];
        if (blob.length <= offset) {
            throw new IllegalArgumentException("geometry blob is truncated");
        }
        byte[] body = new byte[blob.length - offset];
        System.arraycopy(blob, offset, body, 0, body.length);
        try {
            return wkb.read(body);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable WKB: " + e.getMessage());
        }
    }

    /** The srs_id in the header (bytes 4-7, in the header's byte order). */
    static int srsId(byte[] blob) {
        boolean little = (blob[3] & 0x01) != 0;
        int b0 = blob[4] & 0xFF;
        int b1 = blob[5] & 0xFF;
        int b2 = blob[6] & 0xFF;
        int b3 = blob[7] & 0xFF;
        return little ? (b3 << 24) | (b2 << 16) | (b1 << 8) | b0 : (b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
    }
}
