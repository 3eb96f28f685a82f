package nl.stip.notifications.internal;

import java.util.Optional;

import nl.stip.concerned.ResidentHomes;
import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Homes from the concerned module: a person's home once confirmed (letter code or a verified OIDC address claim). */
@Component
@Order(0)
class ConcernedHomes implements HomeLocator {

    private final ResidentHomes homes;

    ConcernedHomes(ResidentHomes homes) {
        this.homes = homes;
    }

    @Override
    public Optional<Point> confirmedHome(String email) {
        return homes.confirmedHome(email).map(home -> Rd.GEOMETRY.createPoint(new Coordinate(home.x(), home.y())));
    }
}
