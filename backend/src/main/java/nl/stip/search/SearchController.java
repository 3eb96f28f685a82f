package nl.stip.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search by address, postcode and house number, BAG identificatie or kadastrale aanduiding. */
@RestController
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "Find addresses, buildings and parcels; each hit has a WGS84 position to fly to",
            description = "q: 'Kerkstraat 12', '6981 AB 12', a BAG identificatie (16 digits) or a kadastrale aanduiding ('OTL02 B 2298'). At most 10 hits.")
    @GetMapping(value = "/api/v1/search", produces = "application/json")
    List<SearchHit> search(@RequestParam(required = false) String q) {
        return search.search(SearchQuery.parse(q));
    }

    @Operation(summary = "What search can find with the loaded data",
            description = "addresses: street/postcode search finds something (a BAG GeoPackage was imported); buildings: BAG "
                    + "identificatie; parcels: kadastrale aanduiding. The viewer's search box promises only these.")
    @GetMapping(value = "/api/v1/search/capabilities", produces = "application/json")
    SearchService.Capabilities capabilities() {
        return search.capabilities();
    }
}
