package nl.stip.design;

import nl.stip.platform.web.JsonInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a GeoJSON position strictly: a list of two or three finite numbers. Anything else, such as a fourth number or
 * {@code [lon, lat, {"x": …}]}, is refused naming the element, e.g. {@code volumes[0].footprint.coordinates[0][3][2]}.
 */
final class CornerReader extends ValueDeserializer<Design.Corner> {

    private static final String SHAPE = "a position is [longitude, latitude] (an altitude may follow as a third number)";

    @Override
    public Design.Corner deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.isExpectedStartArrayToken()) {
            throw JsonInput.refuse(p, "not a list: " + SHAPE);
        }
        double[] lonLat = new double[2];
        int n = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (n == 3) {
                throw JsonInput.refuse(p, "more than 3 numbers: " + SHAPE).prependPath(this, n);
            }
            if (token == null || !token.isNumeric()) {
                throw JsonInput.refuse(p, "not a number: " + SHAPE).prependPath(this, n);
            }
            double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw JsonInput.refuse(p, "not a finite number: " + SHAPE).prependPath(this, n);
            }
            if (n < 2) {
                lonLat[n] = value;
            }
            n++;
        }
        if (n < 2) {
            throw JsonInput.refuse(p, n + " number" + (n == 1 ? "" : "s") + ": " + SHAPE);
        }
        return new Design.Corner(lonLat[0], lonLat[1]);
    }
}
