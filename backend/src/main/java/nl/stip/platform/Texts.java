package nl.stip.platform;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The platform's user-facing texts. All of them live in {@code messages.properties} (Dutch, plain language); another
 * language is another {@code messages_xx.properties}.
 */
@Component
public class Texts {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }

    /** A number as Dutch readers write it: "12", "12,5". */
    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DUTCH));
        return format.format(value);
    }
}
