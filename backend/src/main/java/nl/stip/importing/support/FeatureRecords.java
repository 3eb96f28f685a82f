package nl.stip.importing.support;

import org.locationtech.jts.geom.Geometry;

/**
 * Records from the features of a vector file, one per feature: {@link #record} turns a feature into a record, and an
 * {@link IllegalArgumentException} it throws rejects that feature with its message, naming the feature in the report.
 */
public abstract class FeatureRecords<T> implements RecordSource<T> {

    /** A feature's name in the report: where it is in the file, and once known, what it is ("code WON-1"). */
    protected static final class Where {
        private String text;

        private Where(String text) {
            this.text = text;
        }

        public void identify(String what) {
            text = text + " " + what;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final FeatureReader features;

    protected FeatureRecords(FeatureReader features) {
        this.features = features;
    }

    /** The record of one feature; throws IllegalArgumentException to reject it. */
    protected abstract T record(SourceFeature feature, Where where);

    @Override
    public final Outcome<T> next() {
        SourceFeature feature = features.next();
        if (feature == null) {
            return null;
        }
        Where where = new Where(feature.where());
        try {
            return Outcome.ok(record(feature, where), where.toString());
        } catch (IllegalArgumentException e) {
            return Outcome.rejected(where.toString(), e.getMessage());
        }
    }

    /** The feature's geometry; a feature without one is rejected with the reader's reason. */
    protected static Geometry geometry(SourceFeature feature) {
        if (feature.geometry() == null) {
            throw new IllegalArgumentException(feature.geometryProblem());
        }
        return feature.geometry();
    }

    @Override
    public void close() {
        features.close();
    }
}
