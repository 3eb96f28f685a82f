package nl.stip.platform.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which client a request comes from, for throttling and rate limits (login, "Ik snap het niet"): the connection's address, unless that is a configured trusted
 * proxy ({@code stip.trusted-proxies}); then the nearest address in {@code X-Forwarded-For} that is not one of
 * them. Nothing else is believed: a header from a client that connects directly is ignored, so it cannot pick its
 * own throttling key.
 */
@Component
public class ClientAddress {

    public static final String PROPERTY = "stip.trusted-proxies";
    private static final int MAX_LENGTH = 100;

    private final Set<String> trustedProxies;

    public ClientAddress(@Value("${" + PROPERTY + ":}") String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!trustedProxies.contains(address)) {
            return clip(address);
        }
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                        .flatMap(header -> Arrays.stream(header.split(",")))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            address = forwarded.get(i);
            if (!trustedProxies.contains(address)) {
                break;
            }
        }
        return clip(address);
    }

    private static String clip(String address) {
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
