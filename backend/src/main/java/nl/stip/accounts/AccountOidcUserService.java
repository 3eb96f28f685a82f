package nl.stip.accounts;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;

/**
 * OpenID Connect login: the provider vouches for the person, Stip matches the account by the e-mail claim (creating
 * a verified RESIDENT account on first login) and gives it the account's role. The principal's name is the e-mail
 * address in lower case, as with local login. The e-mail claim decides whose account it is, so it counts only when the
 * provider says it verified it ({@code email_verified: true}); a gateway that vouches for every address it sends but
 * omits the claim can be trusted explicitly with {@code stip.auth.oidc.trust-unverified-email=true}.
 */
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final AccountStore store;
    private final boolean trustUnverifiedEmail;
    private final ApplicationEventPublisher events;

    AccountOidcUserService(AccountStore store, boolean trustUnverifiedEmail, ApplicationEventPublisher events) {
        this.store = store;
        this.trustUnverifiedEmail = trustUnverifiedEmail;
        this.events = events;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Account account = accountFor(user.getEmail(), user.getEmailVerified(), user.getFullName());
        // a gateway that vouches for the person's address confirms their home (nl.stip.concerned listens)
        VerifiedAddressClaim.from(user.getClaims())
                .ifPresent(claim -> events.publishEvent(new VerifiedAddressPresented(account.email(), claim.nummeraanduiding())));
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(account.role().authority())),
                user.getIdToken(), user.getUserInfo(), "email") {
            @Override
            public String getName() {
                return account.email();
            }
        };
    }

    Account accountFor(String emailClaim, Boolean emailVerified, String nameClaim) {
        if (emailClaim == null || emailClaim.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info", "The identity provider sent no e-mail claim", null));
        }
        if (!Boolean.TRUE.equals(emailVerified) && !trustUnverifiedEmail) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unverified_email",
                    "The identity provider did not confirm that this e-mail address is verified (email_verified)", null));
        }
        String email = emailClaim.trim().toLowerCase(Locale.ROOT);
        String name = nameClaim == null || nameClaim.isBlank() ? email : nameClaim.strip();
        store.create(email, name, null, Role.RESIDENT, true);
        return store.find(email).orElseThrow();
    }
}
