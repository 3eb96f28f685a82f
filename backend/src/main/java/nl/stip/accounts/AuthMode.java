package nl.stip.accounts;

import java.util.Locale;

/** How people log in: {@code local} accounts with a password in Stip, or {@code oidc} through an OpenID provider. */
enum AuthMode {
    LOCAL, OIDC;

    static final String PROPERTY = "stip.auth.mode";

    static AuthMode of(String value) {
        if (value == null || value.isBlank()) {
            return LOCAL;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be 'local' or 'oidc', not '" + value + "'");
        }
    }
}
