package nl.stip.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way problem details are written outside Spring MVC (servlet filters, Spring Security's entry points), with
 * the app's JSON settings, so they look exactly like those {@link ProblemHandler} answers: RFC 9457 members plus the
 * {@code code} and {@code parameter} properties the web app reads.
 */
@Component
public class Problems {

    private final JsonMapper json;

    Problems(JsonMapper json) {
        // The same flattening of the properties as Spring MVC's problem-details converter.
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    /** A problem with a stable machine-readable {@code code} (null: none). */
    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (code != null) {
            problem.setProperty("code", code);
        }
        return problem;
    }

    /** A request body over the limit, the same for a declared length and a counted stream. */
    static ProblemDetail tooLarge(long maxBytes) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "The request body is over the limit: at most " + maxBytes + " bytes are accepted.");
    }

    /** Writes the problem as the whole answer; {@code instance} is the request's path unless set. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null && request != null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException e) {
                // a path that is no URI: answer without instance
            }
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
        response.getWriter().flush();
    }
}
