package nl.stip.help;

import nl.stip.platform.web.PublicUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import nl.stip.accounts.AccountDirectory;
import nl.stip.accounts.Mailer;
import nl.stip.platform.Texts;
import nl.stip.platform.web.TooManyRequestsException;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions to the case managers. A question is checked whole before anything is stored: plain text of 1..2000
 * characters, a link into this platform's viewer (so a planner never gets a link to somewhere else), a known panel
 * and, when given, a valid e-mail address. It is stored and mailed to every verified planner in one transaction.
 */
@Service
class HelpService {

    static final int MAX_QUESTION = 2000;
    static final int MAX_LINK = 2000;
    static final Set<String> PANELS = Set.of("lookup", "plan", "dossier", "search", "other");
    static final Duration WINDOW = Duration.ofHours(1);

    /** Too many anonymous questions from one client address within the window. */
    static final class TooManyQuestions extends TooManyRequestsException {
        TooManyQuestions(int limit, Duration wait) {
            super("too-many-questions", "At most " + limit + " questions an hour without an account; try again in "
                    + seconds(wait) + " seconds or log in.", wait);
        }
    }

    private final HelpStore store;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final Texts texts;
    private final PublicUrl publicUrl;
    private final int anonymousPerHour;

    HelpService(HelpStore store, AccountDirectory accounts, Mailer mailer, Texts texts,
                PublicUrl publicUrl, @Value("${stip.help.anonymous-per-hour:5}") int anonymousPerHour) {
        this.store = store;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
        this.publicUrl = publicUrl;
        this.anonymousPerHour = anonymousPerHour;
    }

    /** Stores and mails a question; {@code askedBy} is the logged-in person's name or null, {@code client} the address. */
    @Transactional
    HelpQuestion.Asked ask(HelpQuestion.Ask body, String askedBy, String client) {
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with question, link, panel and optionally email");
        }
        String question = question(body.question());
        String link = link(body.link());
        String panel = panel(body.panel());
        String contact = contact(body.email());
        String clientKey = null;
        if (askedBy == null) {
            clientKey = hash(client);
            List<Instant> recent = store.recentFrom(clientKey, WINDOW);
            if (recent.size() >= anonymousPerHour) {
                Instant free = recent.get(recent.size() - anonymousPerHour).plus(WINDOW);
                throw new TooManyQuestions(anonymousPerHour, Duration.between(Instant.now(), free));
            }
        }
        HelpQuestion.Asked asked = store.insert(question, link, panel, askedBy, askedBy == null ? contact : null, clientKey);
        String from = askedBy != null ? texts.get("help.mail.from-account", askedBy)
                : contact != null ? texts.get("help.mail.from-visitor", contact) : texts.get("help.mail.from-unknown");
        String panelLabel = texts.get("help.panel." + panel);
        for (String planner : accounts.plannerEmails()) {
            mailer.send(planner, texts.get("help.mail.subject", panelLabel),
                    texts.get("help.mail.text", from, panelLabel, question, link, publicUrlText()));
        }
        return asked;
    }

    List<HelpQuestion> inbox() {
        return store.newestFirst(200);
    }

    @Transactional
    HelpQuestion markHandled(long id, String by) {
        if (!store.markHandled(id, by)) {
            throw new NotFoundException("No question " + id + ".");
        }
        return store.find(id).orElseThrow();
    }

    private String publicUrlText() {
        return publicUrl.root();
    }

    static String question(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidParameterException("question", "a question is needed: what do you not understand?");
        }
        rejectControlCharacters("question", input, true);
        String question = input.strip();
        int length = question.codePointCount(0, question.length());
        if (length > MAX_QUESTION) {
            throw new InvalidParameterException("question", "the question has " + length + " characters; at most " + MAX_QUESTION);
        }
        return question;
    }

    String link(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidParameterException("link", "the link of the view the question is about is needed");
        }
        if (input.length() > MAX_LINK) {
            throw new InvalidParameterException("link", "the link has " + input.length() + " characters; at most " + MAX_LINK);
        }
        rejectControlCharacters("link", input, false);
        URI uri;
        try {
            uri = new URI(input.strip());
        } catch (URISyntaxException e) {
            throw new InvalidParameterException("link", "the link is not a URL");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean sameOrigin = uri.isAbsolute() && uri.getRawUserInfo() == null
                && publicUrl.uri().getScheme().equalsIgnoreCase(uri.getScheme())
                && publicUrl.uri().getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
                && port(publicUrl.uri()) == port(uri);
        if (!sameOrigin || !(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null) {
            throw new InvalidParameterException("link", "the link must open this platform's viewer: " + publicUrlText() + "#…");
        }
        return uri.toString();
    }

    static String panel(String input) {
        if (input == null || !PANELS.contains(input)) {
            throw new InvalidParameterException("panel", "panel must be one of lookup, plan, dossier, search, other");
        }
        return input;
    }

    private String contact(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        rejectControlCharacters("email", input, false);
        String email = accounts.validEmail(input);
        if (email == null) {
            throw new InvalidParameterException("email", "not an e-mail address");
        }
        return email;
    }

    /** NUL and other control characters are refused; a question may have line breaks and tabs. */
    private static void rejectControlCharacters(String field, String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t');
            if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') && !allowed) {
                throw new InvalidParameterException(field, "the " + field + " contains a control character at position " + i);
            }
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String hash(String client) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("stip-help:" + client).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
