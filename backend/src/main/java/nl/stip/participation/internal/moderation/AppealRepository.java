package nl.stip.participation.internal.moderation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByContributionId(long contributionId);
}
