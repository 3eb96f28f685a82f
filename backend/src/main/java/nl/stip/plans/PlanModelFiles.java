package nl.stip.plans;

import java.util.Map;
import java.util.stream.Collectors;

import nl.stip.design.ModelFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents of one plan as the design validator looks up placed models: never another plan's. A model's content is
 * read only when its bounding box is not yet known ({@link ModelBounds}).
 */
@Repository
class PlanModelFiles {

    private final JdbcClient jdbc;
    private final ModelBounds bounds;

    PlanModelFiles(JdbcClient jdbc, ModelBounds bounds) {
        this.jdbc = jdbc;
        this.bounds = bounds;
    }

    ModelFiles of(long planId) {
        return documentId -> jdbc.sql("SELECT filename, content_type FROM plan_document WHERE plan_id = ? AND id = ?")
                .params(planId, documentId)
                .query((rs, n) -> new ModelFiles.ModelFile(rs.getString(1), rs.getString(2),
                        () -> bounds.of(documentId, () -> content(documentId))))
                .optional();
    }

    private byte[] content(long documentId) {
        return jdbc.sql("SELECT content FROM plan_document WHERE id = ?").param(documentId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /** File names of the plan's documents by id. */
    Map<Long, String> filenames(long planId) {
        return jdbc.sql("SELECT id, filename FROM plan_document WHERE plan_id = ?").param(planId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
