package nl.stip.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Health says OUT_OF_SERVICE until the start-up, with the demo load, has finished. */
class DemoLoadHealthTest {

    @Test
    void outOfServiceBeforeAndWhileLoadingUpOnceReady() {
        DemoLoadHealth health = new DemoLoadHealth();
        assertThat(health.health().getStatus()).as("before the runners").isEqualTo(Status.OUT_OF_SERVICE);

        health.loading();
        assertThat(health.health().getStatus()).as("while Doesburg loads").isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.health().getDetails()).containsValue("loading the demo municipality");

        health.ready();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
