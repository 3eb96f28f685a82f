package nl.stip.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health of the start-up ({@code demo} in {@code /actuator/health}): OUT_OF_SERVICE from the start of the application
 * until every start-up runner has finished, among them {@link DemoMunicipalityLoader} loading Doesburg into an empty
 * database and the demo accounts, so a script or a load balancer that waits for health never sees an empty city. The
 * web server answers before the load ends; health says when it may be used. (Readiness is REFUSING_TRAFFIC for the
 * same time: Spring Boot accepts traffic only once the runners are done.) A failed load stops the start.
 */
@Component("demo")
class DemoLoadHealth implements HealthIndicator {

    enum State { WAITING, LOADING, READY }

    private volatile State state = State.WAITING;

    void loading() {
        state = State.LOADING;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        state = State.READY;
    }

    State state() {
        return state;
    }

    @Override
    public Health health() {
        return switch (state) {
            case READY -> Health.up().build();
            case WAITING -> Health.status(Status.OUT_OF_SERVICE).withDetail("demo", "waiting for the start-up to finish").build();
            case LOADING -> Health.status(Status.OUT_OF_SERVICE).withDetail("demo", "loading the demo municipality").build();
        };
    }
}
