package nl.stip.notifications.internal;

import java.util.Optional;

import org.locationtech.jts.geom.Point;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Nobody has a confirmed home: the fallback when no other {@link HomeLocator} is there ({@link ConcernedHomes} is). */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class NoHomes implements HomeLocator {

    @Override
    public Optional<Point> confirmedHome(String email) {
        return Optional.empty();
    }
}
