package nl.stip.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VerifiedAddressClaimTest {

    @Test
    void aVerifiedNummeraanduidingIsAClaim() {
        assertThat(VerifiedAddressClaim.from(Map.of("stip_bag_nummeraanduiding", "0221200000316110", "address_verified", true)))
                .contains(new VerifiedAddressClaim("0221200000316110"));
        assertThat(VerifiedAddressClaim.from(Map.of("stip_bag_nummeraanduiding", " 0221200000316110 ", "address_verified", "TRUE")))
                .contains(new VerifiedAddressClaim("0221200000316110"));
    }

    @Test
    void withoutVerificationOrWithAMalformedIdThereIsNoClaim() {
        assertThat(VerifiedAddressClaim.from(Map.of("stip_bag_nummeraanduiding", "0221200000316110"))).isEmpty();
        assertThat(VerifiedAddressClaim.from(Map.of("stip_bag_nummeraanduiding", "0221200000316110", "address_verified", false))).isEmpty();
        assertThat(VerifiedAddressClaim.from(Map.of("stip_bag_nummeraanduiding", "0221200000316110", "address_verified", "yes"))).isEmpty();
        assertThat(VerifiedAddressClaim.from(Map.of("stip_bag_nummeraanduiding", "Kerkstraat 1", "address_verified", true))).isEmpty();
        assertThat(VerifiedAddressClaim.from(Map.of("stip_bag_nummeraanduiding", "02212000003161100", "address_verified", true))).isEmpty();
        assertThat(VerifiedAddressClaim.from(Map.of("address_verified", true))).isEmpty();
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("stip_bag_nummeraanduiding", null);
        nulls.put("address_verified", true);
        assertThat(VerifiedAddressClaim.from(nulls)).isEmpty();
        assertThat(VerifiedAddressClaim.from(null)).isEmpty();
    }
}
