package nl.stip.plans;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.platform.web.RequestTooLargeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of a plan (drawings, photos, 3D models) in the database. The type is decided by the content, never by
 * the name or the browser's word: PDF, PNG, JPEG or a glTF 2 binary (GLB); anything else is refused. The owner,
 * co-editors and planners (the municipality's case managers, e.g. adding an advice or a decision) add documents;
 * advisors read them too, a viewer does not. The list says whether the owner, a co-editor or the municipality added
 * each, not who in person.
 */
@Service
class Documents {

    /** {@code addedBy}: "owner", "co-editor" or "municipality" (a planner). */
    record DocumentInfo(long id, String filename, String contentType, long size, Instant uploadedAt, String addedBy) {
    }

    record Document(DocumentInfo info, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final PlanService plans;
    private final long maxBytes;

    Documents(JdbcClient jdbc, PlanService plans, @Value("${stip.plans.max-document-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.maxBytes = maxSize.toBytes();
    }

    @Transactional
    DocumentInfo add(Authentication who, long planId, MultipartFile file) throws IOException {
        PhasePolicy.Part part = plans.requireUpload(who, planId); // 404 for whoever may not see the plan
        String addedAs = switch (part) {
            case OWNER -> "owner";
            case CO_EDITOR -> "co-editor";
            default -> "municipality";
        };
        if (file == null || file.isEmpty()) {
            throw new InvalidParameterException("file", "send the document as the multipart part 'file'");
        }
        if (file.getSize() > maxBytes) {
            throw new RequestTooLargeException("the document is " + file.getSize() + " bytes; at most " + maxBytes);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            throw new RequestTooLargeException("the document is over " + maxBytes + " bytes");
        }
        String type = sniff(content);
        if (type == null) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document",
                    "Only PDF, PNG, JPEG and glTF 2 binary (GLB) documents are accepted; the type is read from the content.");
        }
        String filename = safeFilename(file.getOriginalFilename(), type);
        return jdbc.sql("INSERT INTO plan_document (plan_id, filename, content_type, size_bytes, content, uploaded_by, uploaded_as) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id, filename, content_type, size_bytes, uploaded_at")
                .params(planId, filename, type, (long) content.length, content, who.getName(), addedAs)
                .query((rs, n) -> new DocumentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), addedAs))
                .single();
    }

    @Transactional(readOnly = true)
    List<DocumentInfo> list(Authentication who, long planId) {
        plans.requireReadDocuments(who, planId);
        return jdbc.sql("SELECT " + INFO_COLUMNS + " FROM plan_document d JOIN plan p ON p.id = d.plan_id WHERE d.plan_id = ? ORDER BY d.id")
                .param(planId)
                .query((rs, n) -> info(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Document get(Authentication who, long planId, long documentId) {
        plans.requireReadDocuments(who, planId);
        Optional<Document> document = jdbc.sql("SELECT " + INFO_COLUMNS + ", d.content FROM plan_document d JOIN plan p ON p.id = d.plan_id "
                        + "WHERE d.plan_id = ? AND d.id = ?")
                .params(planId, documentId)
                .query((rs, n) -> new Document(info(rs), rs.getBytes(7)))
                .optional();
        return document.orElseThrow(() -> new NotFoundException("The plan has no document " + documentId + "."));
    }

    private static final String INFO_COLUMNS = "d.id, d.filename, d.content_type, d.size_bytes, d.uploaded_at, "
            + "COALESCE(d.uploaded_as, CASE WHEN d.uploaded_by = p.owner_email THEN 'owner' ELSE 'municipality' END)";

    private static DocumentInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DocumentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getString(6));
    }

    /** The media type the content's magic bytes show, or null. */
    static String sniff(byte[] c) {
        if (starts(c, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (c.length >= 12 && starts(c, 'g', 'l', 'T', 'F') && (c[4] & 0xFF) == 2 && c[5] == 0 && c[6] == 0 && c[7] == 0) {
            return "model/gltf-binary";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last path segment, only letters, digits and . _ - ( ) and spaces, at most 100 characters, never empty, and
     * ending in an extension of the type read from the content: a PDF sent as {@code poly.html} is stored and
     * downloaded as {@code poly.html.pdf}, so no program opens it as a web page.
     */
    static String safeFilename(String original, String type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isBlank()) {
            name = "document";
        }
        List<String> extensions = switch (type) {
            case "application/pdf" -> List.of(".pdf");
            case "image/png" -> List.of(".png");
            case "image/jpeg" -> List.of(".jpg", ".jpeg");
            default -> List.of(".glb");
        };
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (extensions.stream().noneMatch(lower::endsWith)) {
            name = name + extensions.get(0);
        }
        if (name.length() > 100) { // keep the end: the extension and what usually tells versions apart
            name = name.substring(name.length() - 100).strip();
        }
        return name.startsWith(".") ? "document" + name : name;
    }
}
