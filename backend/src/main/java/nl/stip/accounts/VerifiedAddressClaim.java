package nl.stip.accounts;

import java.util.Map;
import java.util.Optional;

/**
 * The address an OIDC gateway vouches for, read from the ID token / user info claims: {@code stip_bag_nummeraanduiding}
 * (the BAG nummeraanduiding identificatie, 16 digits) counts only with {@code address_verified: true} (a boolean or
 * the string "true"). Anything else is no claim at all.
 */
public record VerifiedAddressClaim(String nummeraanduiding) {

    public static final String ADDRESS_CLAIM = "stip_bag_nummeraanduiding";
    public static final String VERIFIED_CLAIM = "address_verified";

    public static Optional<VerifiedAddressClaim> from(Map<String, Object> claims) {
        if (claims == null) {
            return Optional.empty();
        }
        Object verified = claims.get(VERIFIED_CLAIM);
        boolean isVerified = Boolean.TRUE.equals(verified) || (verified instanceof String s && s.equalsIgnoreCase("true"));
        Object address = claims.get(ADDRESS_CLAIM);
        if (!isVerified || address == null) {
            return Optional.empty();
        }
        String id = String.valueOf(address).strip();
        return id.matches("[0-9]{16}") ? Optional.of(new VerifiedAddressClaim(id)) : Optional.empty();
    }
}
