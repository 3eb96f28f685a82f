package nl.stip.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.stip.platform.web.ProblemException;
import nl.stip.sharing.internal.PublicationRules.Act;
import nl.stip.sharing.internal.PublicationRules.State;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The publication life cycle with and without the planner's approval (stip.sharing.publication-approval). */
class PublicationRulesTest {

    @Test
    void withApprovalTheOwnersRequestWaitsForAPlanner() {
        assertThat(PublicationRules.next(State.PRIVATE, Act.REQUEST, true)).isEqualTo(State.REQUESTED);
        assertThat(PublicationRules.next(State.REQUESTED, Act.APPROVE, true)).isEqualTo(State.PUBLISHED);
        assertThat(PublicationRules.next(State.REQUESTED, Act.REJECT, true)).isEqualTo(State.REJECTED);
        assertThat(PublicationRules.next(State.REJECTED, Act.REQUEST, true)).as("asking again after a rejection").isEqualTo(State.REQUESTED);
        assertThat(PublicationRules.next(State.REQUESTED, Act.WITHDRAW, true)).isEqualTo(State.PRIVATE);
        assertThat(PublicationRules.next(State.PUBLISHED, Act.WITHDRAW, true)).isEqualTo(State.PRIVATE);
    }

    @Test
    void withoutApprovalTheOwnersRequestPublishesAtOnce() {
        assertThat(PublicationRules.next(State.PRIVATE, Act.REQUEST, false)).isEqualTo(State.PUBLISHED);
        assertThat(PublicationRules.next(State.PUBLISHED, Act.WITHDRAW, false)).isEqualTo(State.PRIVATE);
        assertThat(PublicationRules.fits(State.PRIVATE, Act.REQUEST, false)).isTrue();
    }

    @Test
    void actsThatDoNotFitTheStateAreConflictsWithACode() {
        Object[][] refused = {
                {State.REQUESTED, Act.REQUEST, "already-requested"}, {State.PUBLISHED, Act.REQUEST, "already-published"},
                {State.PRIVATE, Act.APPROVE, "not-requested"}, {State.PUBLISHED, Act.APPROVE, "not-requested"},
                {State.REJECTED, Act.REJECT, "not-requested"}, {State.PRIVATE, Act.WITHDRAW, "not-published"},
        };
        for (Object[] r : refused) {
            assertThatThrownBy(() -> PublicationRules.next((State) r[0], (Act) r[1], true)).as(r[0] + " " + r[1])
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(e.code()).isEqualTo(r[2]);
                    });
        }
    }
}
