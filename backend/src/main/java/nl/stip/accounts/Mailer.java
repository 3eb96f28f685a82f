package nl.stip.accounts;

/** Sends one plain-text mail. Through SMTP when {@code spring.mail.host} is set, else into the outbox table. */
public interface Mailer {
    void send(String to, String subject, String text);
}
