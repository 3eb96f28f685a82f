package nl.stip.participation.internal.moderation;

import java.util.List;

import nl.stip.accounts.AccountDirectory;
import nl.stip.audit.AuditTrail;
import nl.stip.participation.internal.ParticipantBlocks;
import nl.stip.participation.internal.Round;
import nl.stip.participation.internal.RoundRepository;
import nl.stip.participation.internal.moderation.ModerationViews.BlockView;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocking a participant from one round: from then on their writes in that round are refused (403, through the
 * {@link ParticipantBlocks} hook the round's writes ask); what they wrote before stays, unless hidden one by one. A
 * planner cannot be blocked. Undone by {@code DELETE} or by an undo of the block action.
 */
@Service
class Blocks implements ParticipantBlocks {

    private final RoundRepository rounds;
    private final ModerationActionRepository actions;
    private final ModerationStore store;
    private final AccountDirectory accounts;
    private final Moderation moderation;
    private final AuditTrail audit;

    Blocks(RoundRepository rounds, ModerationActionRepository actions, ModerationStore store, AccountDirectory accounts, Moderation moderation,
           AuditTrail audit) {
        this.rounds = rounds;
        this.actions = actions;
        this.store = store;
        this.accounts = accounts;
        this.moderation = moderation;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isBlocked(long roundId, String email) {
        return email != null && store.isBlocked(roundId, email);
    }

    /** Blocks; the answer's {@code actionId} is null when the participant was blocked already (nothing changed). */
    @Transactional
    BlockView block(Authentication who, long roundId, ModerationViews.BlockInput body) {
        moderation.planner(who);
        Round round = rounds.findById(roundId).orElseThrow(() -> ModerationProblems.noRound(roundId));
        String email = accounts.validEmail(body == null ? null : body.participant());
        if (email == null) {
            throw new InvalidParameterException("participant", "participant is the e-mail address of the person to block");
        }
        String reason = ModerationProblems.text("reason", body.reason(), ModerationProblems.MAX_REASON, false);
        if (accounts.plannerEmails().contains(email)) {
            throw ModerationProblems.conflict("planner", "Een medewerker van de gemeente kunt u niet blokkeren.");
        }
        if (store.isBlocked(roundId, email)) {
            return blocks(roundId).stream().filter(b -> b.participant().equals(email)).findFirst().orElseThrow();
        }
        ModerationAction action = actions.saveAndFlush(ModerationAction.block(roundId, email, who.getName(), reason, Moderation.now()));
        store.block(roundId, email, who.getName(), reason, action.getId());
        audit.record(who.getName(), "moderation.blocked", round.getPlanId(), email, reason);
        return new BlockView(roundId, email, who.getName(), reason, action.getCreatedAt(), action.getId());
    }

    @Transactional
    void unblock(Authentication who, long roundId, String participant) {
        moderation.planner(who);
        Round round = rounds.findById(roundId).orElseThrow(() -> ModerationProblems.noRound(roundId));
        String email = accounts.validEmail(participant);
        if (email == null || !store.unblock(roundId, email)) {
            throw new NotFoundException("That participant is not blocked in round " + roundId + ".");
        }
        audit.record(who.getName(), "moderation.unblocked", round.getPlanId(), email, null);
    }

    @Transactional(readOnly = true)
    List<BlockView> list(Authentication who, long roundId) {
        moderation.planner(who);
        rounds.findById(roundId).orElseThrow(() -> ModerationProblems.noRound(roundId));
        return blocks(roundId);
    }

    private List<BlockView> blocks(long roundId) {
        return store.blocks(roundId).stream().map(b -> new BlockView(roundId, b.email(), b.blockedBy(), b.reason(), b.at(), null)).toList();
    }
}
