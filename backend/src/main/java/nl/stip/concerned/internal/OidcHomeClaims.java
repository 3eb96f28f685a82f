package nl.stip.concerned.internal;

import nl.stip.accounts.VerifiedAddressPresented;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An OIDC login with a verified address claim ({@link nl.stip.accounts.VerifiedAddressClaim}) confirms the person's
 * home at that address, at once and in its own transaction (the login itself has none).
 */
@Component
class OidcHomeClaims {

    private final Homes homes;

    OidcHomeClaims(Homes homes) {
        this.homes = homes;
    }

    @EventListener
    void on(VerifiedAddressPresented claim) {
        homes.confirmByClaim(claim.email(), claim.nummeraanduiding());
    }
}
