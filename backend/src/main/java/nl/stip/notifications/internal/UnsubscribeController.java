package nl.stip.notifications.internal;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.platform.Texts;
import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of every notification mail, without a login: GET shows what the link switches off and a
 * button (so a mail scanner that follows links changes nothing), the button's POST switches that one kind of event to
 * "none" and leaves every other choice as it was.
 */
@RestController
class UnsubscribeController {

    private final UnsubscribeTokens tokens;
    private final Preferences preferences;
    private final Texts texts;

    UnsubscribeController(UnsubscribeTokens tokens, Preferences preferences, Texts texts) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.texts = texts;
    }

    @Operation(summary = "The unsubscribe landing of a notification mail (HTML, no login)")
    @GetMapping(value = NotificationsSecurity.UNSUBSCRIBE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> landing(@RequestParam(required = false) String token) {
        Optional<UnsubscribeTokens.Target> target = tokens.read(token);
        if (target.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "<p>" + esc(texts.get("notifications.unsubscribe.invalid")) + "</p>");
        }
        String kind = texts.get("notifications.kind." + target.get().kind().key);
        return page(HttpStatus.OK, "<p>" + esc(texts.get("notifications.unsubscribe.question", kind)) + "</p>"
                + "<form method=\"post\" action=\"" + NotificationsSecurity.UNSUBSCRIBE + "\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + esc(token) + "\">"
                + "<button type=\"submit\">" + esc(texts.get("notifications.unsubscribe.button")) + "</button></form>");
    }

    @Operation(summary = "Unsubscribe: the one kind of event of the token goes to channel none (no login, no CSRF token)",
            description = "token from the link (form field or query). 400 invalid-unsubscribe-token, nothing changed then.")
    @PostMapping(value = NotificationsSecurity.UNSUBSCRIBE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        UnsubscribeTokens.Target target = tokens.read(token).orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST,
                "invalid-unsubscribe-token", "This unsubscribe link is not valid: it may not have been copied completely."));
        preferences.switchOff(target.email(), target.kind());
        return page(HttpStatus.OK, "<p>" + esc(texts.get("notifications.unsubscribe.done", texts.get("notifications.kind." + target.kind().key)))
                + "</p>");
    }

    private ResponseEntity<String> page(HttpStatus status, String body) {
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + esc(texts.get("notifications.unsubscribe.title")) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
                + "button{font-size:1rem;padding:.5rem 1rem}</style></head><body><main><h1>"
                + esc(texts.get("notifications.unsubscribe.title")) + "</h1>" + body
                + "<p><a href=\"/\">" + esc(texts.get("notifications.unsubscribe.back")) + "</a></p></main></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
