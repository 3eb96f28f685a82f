package nl.stip.accounts;

/**
 * A person logged in through OIDC with a verified address claim ({@link VerifiedAddressClaim}); published
 * synchronously when the login completes, for the module that keeps residents' homes.
 */
public record VerifiedAddressPresented(String email, String nummeraanduiding) {
}
