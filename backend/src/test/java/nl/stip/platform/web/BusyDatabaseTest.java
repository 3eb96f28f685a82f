package nl.stip.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that is only busy (no free connection, a lock wait that timed out) answers 503 with Retry-After, never 500. */
class BusyDatabaseTest {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void noFreeConnectionIsServiceUnavailableWithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = handler.busy(new CannotCreateTransactionException("HikariPool-1 - Connection is not available"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "busy");
        assertThat(answer.getBody().getDetail()).contains("niets opgeslagen");
    }

    @Test
    void aLockThatCouldNotBeTakenIsServiceUnavailableToo() {
        assertThat(handler.busy(new CannotAcquireLockException("lock timeout")).getStatusCode().value()).isEqualTo(503);
    }
}
