package nl.stip.ogcapi;

import java.util.List;

import nl.stip.geo.SpatialSql.OutputCrs;
import nl.stip.ogcapi.OgcDocuments.Collection;
import nl.stip.ogcapi.OgcDocuments.Collections;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private static final String RD_NEW = "http://www.opengis.net/def/crs/EPSG/0/28992";

    private final CollectionDescriber describer;
    private final FeatureRepository features;
    private final FeatureCollectionWriter writer;
    private final OgcLinks links;

    OgcCollectionsController(CollectionDescriber describer, FeatureRepository features, FeatureCollectionWriter writer, OgcLinks links) {
        this.links = links;
        this.describer = describer;
        this.features = features;
        this.writer = writer;
    }

    @GetMapping
    ResponseEntity<Collections> collections(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        QueryParameters.check(parameters);
        List<Collection> all = FeatureCollections.ALL.stream().map(c -> describer.describe(c, links)).toList();
        return OgcLandingController.json(new Collections(
                List.of(new Link(links.path("/collections"), "self", Link.JSON, "The feature collections")), all));
    }

    @GetMapping("/{collectionId}")
    ResponseEntity<Collection> collection(@PathVariable String collectionId,
                                          @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        QueryParameters.check(parameters);
        return OgcLandingController.json(describer.describe(FeatureCollections.require(collectionId), links));
    }

    @GetMapping("/{collectionId}/items")
    @Operation(summary = "Features of a collection, in id order, one page at a time", parameters = {
            @Parameter(name = "bbox", in = ParameterIn.QUERY, style = ParameterStyle.FORM, explode = io.swagger.v3.oas.annotations.enums.Explode.FALSE,
                    description = "minx,miny,maxx,maxy (or 6 numbers with heights, ignored) in bbox-crs axis order",
                    array = @ArraySchema(schema = @Schema(type = "number"), minItems = 4, maxItems = 6)),
            @Parameter(name = "bbox-crs", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uri",
                    allowableValues = {CRS84, EPSG_4326, RD_NEW}, defaultValue = CRS84)),
            @Parameter(name = "crs", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uri",
                    allowableValues = {CRS84, EPSG_4326, RD_NEW}, defaultValue = CRS84)),
            @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
                    maximum = "10000", defaultValue = "100")),
            @Parameter(name = "offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")),
            @Parameter(name = "f", in = ParameterIn.QUERY, schema = @Schema(type = "string", allowableValues = "json"))},
            responses = @ApiResponse(responseCode = "200", description = "A GeoJSON FeatureCollection",
                    content = @Content(mediaType = Link.GEO_JSON)))
    ResponseEntity<byte[]> items(@PathVariable String collectionId,
                                 @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        FeatureCollectionDefinition collection = FeatureCollections.require(collectionId);
        ItemsQuery query = ItemsQuery.from(parameters);
        FeatureRepository.Page page = features.page(collection, query);
        byte[] body = writer.write(collection, query, parameters, page, links);
        return geoJson(body, query.crs());
    }

    @GetMapping("/{collectionId}/items/{featureId}")
    @Operation(summary = "One feature", parameters = {
            @Parameter(name = "crs", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uri",
                    allowableValues = {CRS84, EPSG_4326, RD_NEW}, defaultValue = CRS84)),
            @Parameter(name = "f", in = ParameterIn.QUERY, schema = @Schema(type = "string", allowableValues = "json"))},
            responses = @ApiResponse(responseCode = "200", description = "A GeoJSON Feature",
                    content = @Content(mediaType = Link.GEO_JSON)))
    ResponseEntity<byte[]> feature(@PathVariable String collectionId, @PathVariable String featureId,
                                   @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        FeatureCollectionDefinition collection = FeatureCollections.require(collectionId);
        OutputCrs crs = QueryParameters.check(parameters, "crs").crs("crs");
        byte[] json = features.feature(collection, featureId, crs, writer.featureLinks(collection, featureId, parameters, links))
                .orElseThrow(() -> new OgcNotFoundException("Collection '" + collectionId + "' has no feature '" + featureId + "'."));
        return geoJson(json, crs);
    }

    private static ResponseEntity<byte[]> geoJson(byte[] body, OutputCrs crs) {
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", "<" + crs.uri() + ">").body(body);
    }
}
