package nl.stip.sunlight.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.e175.klaus.solarpositioning.DeltaT;
import net.e175.klaus.solarpositioning.SPA;
import net.e175.klaus.solarpositioning.SolarPosition;

/**
 * The sun's path over one day at one place, from the NREL Solar Position Algorithm (solarpositioning): the steps of
 * {@code stepMinutes} over the whole UTC day, sampled at each step's centre, with the sun higher than
 * {@code minAltitudeDegrees} (geometric altitude, no refraction). Each such step counts as {@code stepMinutes} of
 * possible sun where nothing blocks it.
 */
final class SunPath {

    private SunPath() {
    }

    static List<SunStep> day(LocalDate date, double latitude, double longitude, int stepMinutes, double minAltitudeDegrees) {
        ZonedDateTime midnight = date.atStartOfDay(ZoneOffset.UTC);
        double deltaT = DeltaT.estimate(date);
        List<SunStep> steps = new ArrayList<>();
        for (int minute = 0; minute < 24 * 60; minute += stepMinutes) {
            ZonedDateTime at = midnight.plusSeconds(Math.round((minute + stepMinutes / 2.0) * 60));
            SolarPosition p = SPA.calculateSolarPosition(at, latitude, longitude, 0, deltaT);
            double altitude = 90 - p.zenithAngle();
            if (altitude > minAltitudeDegrees && altitude > 0) {
                double az = Math.toRadians(p.azimuth());
                steps.add(new SunStep(Math.sin(az), Math.cos(az), Math.tan(Math.toRadians(altitude))));
            }
        }
        return steps;
    }
}
