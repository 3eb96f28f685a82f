package nl.stip.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach Stip at ({@code stip.public-url}, STIP_PUBLIC_URL), read once: every link in a mail, an OGC
 * API answer or the OpenAPI document starts with it, never with the request's Host or forwarded headers. It must be an
 * absolute http(s) address; trailing slashes are dropped, so {@code link("/?plan=4")} never doubles one.
 */
@Component
public final class PublicUrl {

    private final String base;
    private final URI uri;

    public PublicUrl(@Value("${stip.public-url}") String configured) {
        String url = configured == null ? "" : configured.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI parsed;
        try {
            parsed = URI.create(url);
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        if (parsed == null || parsed.getHost() == null || parsed.getScheme() == null
                || !(parsed.getScheme().equalsIgnoreCase("http") || parsed.getScheme().equalsIgnoreCase("https"))) {
            throw new IllegalStateException("stip.public-url (STIP_PUBLIC_URL) must be an absolute http(s) address, not '" + configured + "'");
        }
        this.base = url;
        this.uri = parsed;
    }

    /** The address without a trailing slash, e.g. {@code https://stip.doesburg.nl}. */
    public String base() {
        return base;
    }

    /** The viewer's start page: the address with one trailing slash. */
    public String root() {
        return base + "/";
    }

    /** The address followed by {@code pathAndQuery}, which starts with a slash. */
    public String link(String pathAndQuery) {
        return base + pathAndQuery;
    }

    /** {@code scheme://host[:port]}, what a browser sends as Origin. */
    public String origin() {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    public boolean isHttps() {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    public URI uri() {
        return uri;
    }
}
