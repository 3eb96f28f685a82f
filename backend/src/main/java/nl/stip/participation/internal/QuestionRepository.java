package nl.stip.participation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByRoundIdOrderByPosition(long roundId);

    void deleteByRoundId(long roundId);
}
