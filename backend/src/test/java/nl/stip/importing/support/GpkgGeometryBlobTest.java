package nl.stip.importing.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import nl.stip.geo.Rd;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

class GpkgGeometryBlobTest {

    final GpkgGeometryBlob blobs = new GpkgGeometryBlob();
    final Geometry point = Rd.GEOMETRY.createPoint(new Coordinate(121223, 489163));

    static byte[] blob(int flags, int srid, int envelopeDoubles, Geometry geometry, boolean littleHeader) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(geometry);
        ByteBuffer b = ByteBuffer.allocate(8 + envelopeDoubles * 8 + wkb.length).order(littleHeader ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(srid);
        for (int i = 0; i < envelopeDoubles; i++) {
            b.putDouble(i);
        }
        return b.put(wkb).array();
    }

    @Test
    void readsTheWkbAfterAnXyEnvelopeWithALittleEndianHeader() {
        byte[] blob = blob(0b0000_0011, 28992, 4, point, true);
        assertThat(blobs.read(blob).equalsExact(point)).isTrue();
        assertThat(GpkgGeometryBlob.srsId(blob)).isEqualTo(28992);
    }

    @Test
    void readsTheWkbWithoutEnvelopeAndABigEndianHeader() {
        byte[] blob = blob(0b0000_0000, 4326, 0, point, false);
        assertThat(blobs.read(blob).equalsExact(point)).isTrue();
        assertThat(GpkgGeometryBlob.srsId(blob)).isEqualTo(4326);
    }

    @Test
    void skipsAnXyzmEnvelope() {
        assertThat(blobs.read(blob(0b0000_1001, 28992, 8, point, true)).equalsExact(point)).isTrue();
    }

    @Test
    void theEmptyFlagGivesNoGeometry() {
        assertThat(blobs.read(blob(0b0001_0001, 28992, 0, point, true))).isNull();
    }

    @Test
    void refusesBlobsThatAreNotGeoPackageGeometry() {
        assertThatThrownBy(() -> blobs.read(new WKBWriter().write(point))).hasMessageContaining("magic 'GP'");
        assertThatThrownBy(() -> blobs.read(blob(0b0000_1011, 28992, 0, point, true))).hasMessageContaining("envelope indicator 5");
        byte[] whole = blob(0b0000_0001, 28992, 0, point, true);
        assertThatThrownBy(() -> blobs.read(java.util.Arrays.copyOf(whole, 14))).hasMessageContaining("unreadable WKB");
    }
}
