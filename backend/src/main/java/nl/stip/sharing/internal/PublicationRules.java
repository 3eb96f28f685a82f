package nl.stip.sharing.internal;

import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The life of a plan's publication, without storage: private → (the owner asks) requested → (a planner approves)
 * published, or (rejects, with a reason) rejected → (the owner asks again) requested … Without the municipality's
 * approval (stip.sharing.publication-approval=false) the owner's request publishes at once. The owner withdraws a
 * request or unpublishes (private again) unless a participation round holds the plan public.
 */
final class PublicationRules {

    enum State { PRIVATE, REQUESTED, REJECTED, PUBLISHED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State of(String key) {
            return key == null ? PRIVATE : valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    enum Act { REQUEST, APPROVE, REJECT, WITHDRAW }

    private PublicationRules() {
    }

    /** The state after an act, or a 409 problem saying why the act does not fit the state. */
    static State next(State state, Act act, boolean approvalRequired) {
        return switch (act) {
            case REQUEST -> switch (state) {
                case PRIVATE, REJECTED -> approvalRequired ? State.REQUESTED : State.PUBLISHED;
                case REQUESTED -> throw conflict("already-requested", "Publication was already asked for; a planner decides.");
                case PUBLISHED -> throw conflict("already-published", "The plan is already published.");
            };
            case APPROVE, REJECT -> {
                if (state != State.REQUESTED) {
                    throw conflict("not-requested", "The owner has not asked to publish the plan (it is " + state.key() + ").");
                }
                yield act == Act.APPROVE ? State.PUBLISHED : State.REJECTED;
            }
            case WITHDRAW -> {
                if (state == State.PRIVATE) {
                    throw conflict("not-published", "The plan is private: there is nothing to withdraw or unpublish.");
                }
                yield State.PRIVATE;
            }
        };
    }

    /** Whether the act is possible in the state (for the answer's mayRequest, mayWithdraw, mayDecide). */
    static boolean fits(State state, Act act, boolean approvalRequired) {
        try {
            next(state, act, approvalRequired);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static ProblemException conflict(String code, String message) {
        return new ProblemException(HttpStatus.CONFLICT, code, message);
    }
}
