package nl.stip.accounts;

import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reads what the GreenMail SMTP server received for one address (also used by the browser tests). */
public final class Mailbox {

    public record Mail(String subject, String text) {
        /** The value of a URL parameter in the mail's link, e.g. the token of {@code ?token=…}. */
        public String link(String parameter) {
            Matcher m = Pattern.compile(Pattern.quote(parameter) + "=([A-Za-z0-9_-]+)").matcher(text);
            if (!m.find()) {
                throw new AssertionError("no " + parameter + " link in: " + text);
            }
            return m.group(1);
        }
    }

    private final GreenMail server;

    public Mailbox(GreenMail server) {
        this.server = server;
    }

    public List<Mail> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .map(Mailbox::read).toList();
    }

    /** The newest mail to the address whose subject contains the words, waiting up to 5 s for it. */
    public Mail await(String address, String subjectPart) {
        return await(address, subjectPart, 1);
    }

    /** The newest mail to the address whose subject contains the words, once there are at least {@code count} such. */
    public Mail await(String address, String subjectPart, int count) {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            List<Mail> mails = mailsTo(address).stream().filter(m -> m.subject().contains(subjectPart)).toList();
            if (mails.size() >= count) {
                return mails.get(mails.size() - 1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return fail("no mail '" + subjectPart + "' to " + address + "; it has " + mailsTo(address));
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), message.getContent().toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
