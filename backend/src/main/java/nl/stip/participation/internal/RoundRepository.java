package nl.stip.participation.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Rounds as entities; {@link #lockedById} takes the row lock that also orders the round's changes. */
public interface RoundRepository extends JpaRepository<Round, Long> {

    List<Round> findByPlanIdOrderByIdDesc(long planId);

    List<Round> findByStateOrderByIdDesc(String state);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Round r where r.id = :id")
    Optional<Round> lockedById(long id);
}
