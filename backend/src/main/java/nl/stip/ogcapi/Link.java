package nl.stip.ogcapi;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A web link as the OGC API writes them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Link(String href, String rel, String type, String title) {

    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
}
