package nl.stip.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the API reads JSON, as one set of rules for every request body: a member the request does not know is refused
 * (not silently dropped, and never stored), a {@code null} inside a list is refused, and no text may hold a control
 * character other than tab and line breaks (a NUL cannot even be stored in PostgreSQL). Each refusal is a 400 naming
 * the member by its JSON path ({@link ProblemHandler}). Readers of a specific value refuse through {@link #refuse}.
 */
@Configuration(proxyBeanMethods = false)
public class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer strictApiInput() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("stip-text").addDeserializer(String.class, new Text()));
    }

    /**
     * A refusal of the value the parser is at, worded for the API's callers ({@code detail} says what is wrong in
     * API terms); the problem names the member by its JSON path.
     */
    public static MismatchedInputException refuse(JsonParser parser, String detail) {
        return new Refusal(parser, detail);
    }

    /**
     * The one rule for text in requests (JSON strings here, query parameters in {@link QueryTextFilter}): what is wrong
     * with {@code text}, or null when it holds no control character other than tab and line breaks.
     */
    static String controlCharacter(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                    return String.format("the text holds the control character U+%04X; only tab and line breaks are allowed", (int) c);
                }
            }
        }
        return null;
    }

    /** A refusal written by the app itself: its message is shown as it is. */
    static final class Refusal extends MismatchedInputException {
        Refusal(JsonParser parser, String detail) {
            super(parser, detail);
        }
    }

    /** Text without control characters (tab, line feed and carriage return are text). */
    static final class Text extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            String problem = controlCharacter(value);
            if (problem != null) {
                throw refuse(p, problem);
            }
            return value;
        }
    }
}
