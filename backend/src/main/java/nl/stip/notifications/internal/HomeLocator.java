package nl.stip.notifications.internal;

import java.util.Optional;

import org.locationtech.jts.geom.Point;

/**
 * Where a person's confirmed home is (RD New point), for subscriptions "around my home". Only a confirmed home
 * counts. The bean with the highest precedence is used; {@link NoHomes} is the fallback.
 */
public interface HomeLocator {

    /** The confirmed home of the person (principal name), or empty when they have none. */
    Optional<Point> confirmedHome(String email);
}
