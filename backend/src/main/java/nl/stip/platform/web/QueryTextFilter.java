package nl.stip.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON rule for text ({@link JsonInput#controlCharacter}) for query parameters: a name or value with a control
 * character such as NUL ({@code ?q=a%00b}) is a 400 naming the parameter, before it reaches a query (PostgreSQL cannot
 * even take a NUL in text).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryTextFilter extends OncePerRequestFilter {

    private final Problems problems;

    QueryTextFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !query.contains("%");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String pair : request.getQueryString().split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            String problem = JsonInput.controlCharacter(name + value);
            if (problem != null) {
                // A control character in the name itself: the name is no name to show.
                String parameter = JsonInput.controlCharacter(name) == null ? name : "query";
                ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "query parameter '" + parameter + "': " + problem);
                detail.setProperty("parameter", parameter);
                problems.write(request, response, detail);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Decoded as the servlet container does; a malformed escape is left to it. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
