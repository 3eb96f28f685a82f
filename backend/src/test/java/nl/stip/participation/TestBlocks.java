package nl.stip.participation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.stip.participation.internal.ParticipantBlocks;
import org.springframework.stereotype.Component;

/** Blocks the tests set (a test-only bean in the one shared context; it forks nothing): "round:email". */
@Component
public class TestBlocks implements ParticipantBlocks {

    static final Set<String> BLOCKED = ConcurrentHashMap.newKeySet();

    static void block(long roundId, String email) {
        BLOCKED.add(roundId + ":" + email);
    }

    @Override
    public boolean isBlocked(long roundId, String email) {
        return BLOCKED.contains(roundId + ":" + email);
    }
}
