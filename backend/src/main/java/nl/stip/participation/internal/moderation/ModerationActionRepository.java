package nl.stip.participation.internal.moderation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationActionRepository extends JpaRepository<ModerationAction, Long> {

    /** The newest decision on a contribution that is still in force (not undone). */
    Optional<ModerationAction> findFirstByContributionIdAndUndoneAtIsNullOrderByIdDesc(long contributionId);
}
