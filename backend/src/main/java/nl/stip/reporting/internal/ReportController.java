package nl.stip.reporting.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.stip.participation.RoundSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The participatieverslag of a closed round: JSON for the viewer, PDF for the dossier, CSV (zipped, one file per
 * table) and GeoJSON. Generated on demand; Last-Modified is the round's closing, the moment the content rests on.
 */
@RestController
class ReportController {

    private final ReportAccess access;
    private final ReportBuilder builder;
    private final ReportPdf pdf;
    private final JsonMapper json;

    ReportController(ReportAccess access, ReportBuilder builder, ReportPdf pdf, JsonMapper json) {
        this.access = access;
        this.builder = builder;
        this.pdf = pdf;
        this.json = json;
    }

    @GetMapping(value = "/api/v1/rounds/{id}/report", produces = "application/json")
    ResponseEntity<Report> report(@PathVariable long id, Authentication who) {
        RoundSummary round = access.require(id, who);
        return headers(round, null, null).body(builder.build(round));
    }

    @GetMapping(value = "/api/v1/rounds/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication who) {
        RoundSummary round = access.require(id, who);
        return headers(round, MediaType.APPLICATION_PDF, "participatieverslag-ronde-" + id + ".pdf").body(pdf.render(builder.build(round)));
    }

    @GetMapping(value = "/api/v1/rounds/{id}/report.csv.zip")
    ResponseEntity<byte[]> csv(@PathVariable long id, Authentication who) {
        RoundSummary round = access.require(id, who);
        return headers(round, MediaType.parseMediaType("application/zip"), "participatieverslag-ronde-" + id + "-csv.zip")
                .body(ReportCsv.zip(builder.build(round)));
    }

    @GetMapping(value = "/api/v1/rounds/{id}/report.geojson")
    ResponseEntity<byte[]> geojson(@PathVariable long id, Authentication who) {
        RoundSummary round = access.require(id, who);
        return headers(round, MediaType.parseMediaType("application/geo+json"), "participatieverslag-ronde-" + id + ".geojson")
                .body(json.writeValueAsBytes(ReportGeoJson.collection(builder.build(round))));
    }

    private static ResponseEntity.BodyBuilder headers(RoundSummary round, MediaType type, String filename) {
        ResponseEntity.BodyBuilder b = ResponseEntity.ok();
        if (type != null) {
            b.contentType(type);
        }
        if (filename != null) {
            b.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        }
        if (round.closedAt() != null) {
            b.lastModified(round.closedAt());
        }
        return b.header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }
}
