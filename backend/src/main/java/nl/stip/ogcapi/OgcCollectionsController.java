package nl.stip.ogcapi;

import java.util.List;

import nl.stip.geo.SpatialSql.OutputCrs;
import nl.stip.ogcapi.OgcDocuments.Collection;
import nl.stip.ogcapi.OgcDocuments.Collections;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The collections and their features. */
@RestController
@RequestMapping(OgcLinks.ROOT + "/collections")
class OgcCollectionsController {

    static final MediaType GEO_JSON = MediaType.parseMediaType(Link.GEO_JSON);

    private final CollectionDescriber describer;
    private final FeatureRepository features;
    private final FeatureCollectionWriter writer;

    OgcCollectionsController(CollectionDescriber describer, FeatureRepository features, FeatureCollectionWriter writer) {
        this.describer = describer;
        this.features = features;
        this.writer = writer;
    }

    @GetMapping
    ResponseEntity<Collections> collections(@RequestParam MultiValueMap<String, String> parameters) {
        QueryParameters.check(parameters);
        OgcLinks links = OgcLinks.forCurrentRequest();
        List<Collection> all = FeatureCollections.ALL.stream().map(c -> describer.describe(c, links)).toList();
        return OgcLandingController.json(new Collections(
                List.of(new Link(links.path("/collections"), "self", Link.JSON, "The feature collections")), all));
    }

    @GetMapping("/{collectionId}")
    ResponseEntity<Collection> collection(@PathVariable String collectionId,
                                          @RequestParam MultiValueMap<String, String> parameters) {
        QueryParameters.check(parameters);
        return OgcLandingController.json(describer.describe(FeatureCollections.require(collectionId), OgcLinks.forCurrentRequest()));
    }

    @GetMapping("/{collectionId}/items")
    ResponseEntity<byte[]> items(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> parameters) {
        FeatureCollectionDefinition collection = FeatureCollections.require(collectionId);
        ItemsQuery query = ItemsQuery.from(parameters);
        FeatureRepository.Page page = features.page(collection, query);
        byte[] body = writer.write(collection, query, parameters, page, OgcLinks.forCurrentRequest());
        return geoJson(body, query.crs());
    }

    @GetMapping("/{collectionId}/items/{featureId}")
    ResponseEntity<byte[]> feature(@PathVariable String collectionId, @PathVariable String featureId,
                                   @RequestParam MultiValueMap<String, String> parameters) {
        FeatureCollectionDefinition collection = FeatureCollections.require(collectionId);
        OutputCrs crs = QueryParameters.check(parameters, "crs").crs("crs");
        byte[] json = features.feature(collection, featureId, crs, writer.featureLinks(collection, featureId, parameters, OgcLinks.forCurrentRequest()))
                .orElseThrow(() -> new OgcNotFoundException("Collection '" + collectionId + "' has no feature '" + featureId + "'."));
        return geoJson(json, crs);
    }

    private static ResponseEntity<byte[]> geoJson(byte[] body, OutputCrs crs) {
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", "<" + crs.uri() + ">").body(body);
    }
}
