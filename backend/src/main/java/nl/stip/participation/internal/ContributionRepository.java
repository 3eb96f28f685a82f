package nl.stip.participation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Contributions as entities (writes and moderation); the state snapshot reads them in SQL. */
public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByParentId(long parentId);
}
