package nl.stip.platform.web;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.http.HttpRequest;
import org.springframework.stereotype.Component;

/**
 * The server address in the OpenAPI document ({@code /v3/api-docs}, also the OGC API's service-desc) is the configured
 * {@code stip.public-url}, never one built from the request's Host header.
 */
@Component
class PublicServerUrl implements ServerBaseUrlCustomizer {

    private final String publicUrl;

    PublicServerUrl(PublicUrl publicUrl) {
        this.publicUrl = publicUrl.base();
    }

    @Override
    public String customize(String serverBaseUrl, HttpRequest request) {
        return publicUrl;
    }
}
