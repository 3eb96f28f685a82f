package nl.stip.ogcapi;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the OGC API's own errors into RFC 9457 problem details; only for this module's controllers. */
@RestControllerAdvice(basePackageClasses = OgcErrorAdvice.class)
class OgcErrorAdvice {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badRequest(OgcBadRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid query parameter '" + e.parameter() + "'");
        problem.setProperty("parameter", e.parameter());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(OgcNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
