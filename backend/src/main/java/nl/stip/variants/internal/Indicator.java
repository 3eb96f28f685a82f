package nl.stip.variants.internal;

/** One indicator of a design, defined in one place: id, Dutch label, unit, Dutch explanation (shown in the viewer). */
interface Indicator {

    String id();

    String label();

    String unit();

    String explanation();

    double compute(IndicatorContext ctx);

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
