package nl.stip.sunlight.internal;

/**
 * One time step with the sun above the minimum altitude: the horizontal direction toward the sun ({@code east},
 * {@code north}: a unit vector in RD New, whose axes point east and north) and the tangent of its altitude.
 */
record SunStep(double east, double north, double tanAltitude) {
}
