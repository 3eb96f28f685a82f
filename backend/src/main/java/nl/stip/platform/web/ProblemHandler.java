package nl.stip.platform.web;

import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns the platform's request errors into RFC 9457 problem details that say what was wrong. API details are in
 * English for the developers who call the API; the viewer turns them into Dutch for people. A 400 names the request
 * member in {@code parameter} (a JSON path such as {@code volumes[2].footprint}), never a Java type. Problems written
 * before Spring MVC (filters, security) go through {@link Problems}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return parameter(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(ProblemException.class)
    ProblemDetail problem(ProblemException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        problem.setProperty("retryAfter", e.retryAfterSeconds());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * The database is busy for now: no connection free within the pool's wait, a lock or a statement that timed out, a
     * deadlock that was broken. Nothing of the request was stored (its transaction rolled back); asking again later
     * works. A 503 with Retry-After, not a 500: it is load, not a defect.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                "Het is nu erg druk. Er is niets opgeslagen; probeer het over een paar seconden opnieuw.");
        problem.setProperty("retryAfter", BUSY_RETRY_SECONDS);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, String.valueOf(BUSY_RETRY_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static final int BUSY_RETRY_SECONDS = 2;

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    /** The body stream passed the limit while something other than a JSON body read it. */
    @ExceptionHandler(BodyLimitFilter.BodyTooLargeException.class)
    ProblemDetail bodyTooLarge(BodyLimitFilter.BodyTooLargeException e) {
        return Problems.tooLarge(e.maxBytes);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A multipart body that cannot be parsed: no boundary, a made-up subtype such as multipart/json, a broken part. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        ProblemDetail problem = parameter("body", "the multipart body cannot be read: send multipart/form-data with a boundary "
                + "(Content-Type: multipart/form-data; boundary=…) and well-formed parts");
        problem.setProperty("code", "unreadable-multipart");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = NestedExceptionUtils.getRootCause(e) instanceof BodyLimitFilter.BodyTooLargeException tooLarge
                ? Problems.tooLarge(tooLarge.maxBytes)
                : unreadable(e);
        return handleExceptionInternal(e, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        ResponseEntity<Object> response = super.handleTypeMismatch(e, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && e.getPropertyName() != null) {
            problem.setProperty("parameter", e.getPropertyName());
        }
        return response;
    }

    /** A body that is not JSON, or JSON that is not what the endpoint takes: 400 naming where and what, in API terms. */
    private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) { // the outermost holds the whole path
                return parameter(path(json), "the body cannot be read: " + why(json));
            }
        }
        return parameter("body", "no readable body: send a JSON object");
    }

    private static String why(JacksonException e) {
        if (e instanceof JsonInput.Refusal) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "'" + unknown.getPropertyName() + "' is not a member here" + (known.isEmpty() ? "" : "; known: " + known);
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed here";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "expected " + expected(mismatch.getTargetType()) + got(mismatch.getCurrentToken());
        }
        if (e instanceof StreamConstraintsException) {
            return "the JSON is nested too deeply, or holds a number or text that is too long";
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return "the JSON ends too early" + at(e.getLocation());
        }
        if (e instanceof StreamReadException) {
            return "it is not valid JSON" + at(e.getLocation());
        }
        return "it is not what this endpoint takes";
    }

    /** The JSON path of a parse error as the validators name fields: volumes[2].footprint.coordinates[0][1]. */
    static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == String.class || type == char.class || type == Character.class || type.isEnum()) {
            return "a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String got(JsonToken token) {
        if (token == null) {
            return "";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, PROPERTY_NAME -> ", not an object";
            case START_ARRAY, END_ARRAY -> ", not a list";
            case VALUE_STRING -> ", not a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", not a number";
            case VALUE_TRUE, VALUE_FALSE -> ", not true or false";
            case VALUE_NULL -> ", not null";
            default -> "";
        };
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ProblemDetail parameter(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
