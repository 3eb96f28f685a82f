package nl.stip.platform.web;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpRequest;
import org.springframework.stereotype.Component;

/**
 * The server address in the OpenAPI document ({@code /v3/api-docs}, also the OGC API's service-desc) is the configured
 * {@code stip.public-url}, never one built from the request's Host header.
 */
@Component
class PublicServerUrl implements ServerBaseUrlCustomizer {

    private final String publicUrl;

    PublicServerUrl(@Value("${stip.public-url}") String publicUrl) {
        String url = publicUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.publicUrl = url;
    }

    @Override
    public String customize(String serverBaseUrl, HttpRequest request) {
        return publicUrl;
    }
}
