package nl.stip.ogcapi;

import java.util.List;

import nl.stip.ogcapi.OgcDocuments.Conformance;
import nl.stip.ogcapi.OgcDocuments.LandingPage;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** The OGC API's entry points: landing page, conformance declaration and the API definition. */
@Controller
class OgcLandingController {

    private final OgcLinks links;

    OgcLandingController(OgcLinks links) {
        this.links = links;
    }

    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

    @GetMapping({OgcLinks.ROOT, OgcLinks.ROOT + "/"})
    @ResponseBody
    ResponseEntity<LandingPage> landing(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        QueryParameters.check(parameters);
        return json(new LandingPage("Stip OGC API – Features",
                "Parcels, current buildings and omgevingsplan rule areas of the municipality, in RD New (EPSG:28992) "
                        + "and WGS84.",
                List.of(new Link(links.landing(), "self", Link.JSON, "This document"),
                        new Link(links.path("/api"), "service-desc", Link.OPENAPI, "The API definition (OpenAPI 3.0)"),
                        new Link(links.servedAt("/swagger-ui.html"), "service-doc", "text/html", "The API documentation"),
                        new Link(links.path("/conformance"), "conformance", Link.JSON, "Conformance classes implemented"),
                        new Link(links.path("/collections"), "data", Link.JSON, "The feature collections"))));
    }

    @GetMapping(OgcLinks.ROOT + "/conformance")
    @ResponseBody
    ResponseEntity<Conformance> conformance(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        QueryParameters.check(parameters);
        return json(new Conformance(CONFORMANCE));
    }

    /** The OpenAPI document springdoc builds (it covers /ogc/**), served here as the OGC API's service-desc. */
    @GetMapping(OgcLinks.ROOT + "/api")
    ModelAndView api(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        QueryParameters.check(parameters);
        return new ModelAndView("forward:/v3/api-docs");
    }

    static <T> ResponseEntity<T> json(T body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
