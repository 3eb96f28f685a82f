package nl.stip.ogcapi;

import java.util.List;

import nl.stip.geo.SpatialSql.OutputCrs;
import nl.stip.ogcapi.OgcDocuments.Collection;
import nl.stip.ogcapi.OgcDocuments.Extent;
import nl.stip.ogcapi.OgcDocuments.Spatial;
import org.springframework.stereotype.Component;

/** The metadata document of a collection: links, the CRS84 extent of its features now, and its CRSs. */
@Component
class CollectionDescriber {

    private final FeatureRepository features;

    CollectionDescriber(FeatureRepository features) {
        this.features = features;
    }

    Collection describe(FeatureCollectionDefinition c, OgcLinks links) {
        Extent extent = features.crs84Extent(c)
                .map(bounds -> new Extent(new Spatial(List.of(bounds), OutputCrs.CRS84.uri())))
                .orElse(null);
        return new Collection(c.id(), c.title(), c.description(),
                List.of(new Link(links.collection(c.id()), "self", Link.JSON, "This collection"),
                        new Link(links.items(c.id()), "items", Link.GEO_JSON, "The features of " + c.title().toLowerCase())),
                extent, "feature", QueryParameters.supportedCrsUris(), OutputCrs.RD_NEW.uri());
    }
}
