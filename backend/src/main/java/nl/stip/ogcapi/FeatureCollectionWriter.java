package nl.stip.ogcapi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a page of features as a GeoJSON FeatureCollection: the features are already GeoJSON text from the
 * database and are copied in as they are; only the envelope (counts, time stamp, links) is written here.
 */
@Component
class FeatureCollectionWriter {

    /** Parameters that select what is paged through; next/prev/self links carry them along. */
    private static final List<String> KEPT = List.of("bbox", "bbox-crs", "crs", QueryParameters.FORMAT);

    private final JsonMapper json;

    FeatureCollectionWriter(JsonMapper json) {
        this.json = json;
    }

    byte[] write(FeatureCollectionDefinition c, ItemsQuery query, MultiValueMap<String, String> parameters,
                 FeatureRepository.Page page, OgcLinks links) {
        List<Link> all = new ArrayList<>();
        String items = links.items(c.id());
        all.add(new Link(pageUrl(items, parameters, query.limit(), query.offset()), "self", Link.GEO_JSON, "This page"));
        long nextOffset = (long) query.offset() + query.limit();
        if (nextOffset < page.numberMatched()) {
            all.add(new Link(pageUrl(items, parameters, query.limit(), nextOffset), "next", Link.GEO_JSON, "Next page"));
        }
        if (query.offset() > 0) {
            long previous = Math.max(0, Math.min((long) query.offset() - query.limit(), page.numberMatched() - query.limit()));
            all.add(new Link(pageUrl(items, parameters, query.limit(), previous), "prev", Link.GEO_JSON, "Previous page"));
        }
        all.add(new Link(links.collection(c.id()), "collection", Link.JSON, "The collection"));

        byte[] head = ("{\"type\":\"FeatureCollection\",\"timeStamp\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "\",\"numberMatched\":" + page.numberMatched()
                + ",\"numberReturned\":" + page.features().size()
                + ",\"links\":" + json.writeValueAsString(all)
                + ",\"features\":[").getBytes(StandardCharsets.UTF_8);
        int size = head.length + Math.max(0, page.features().size() - 1) + 2;
        for (byte[] feature : page.features()) {
            size += feature.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(head);
        for (int i = 0; i < page.features().size(); i++) {
            if (i > 0) {
                out.put((byte) ',');
            }
            out.put(page.features().get(i));
        }
        return out.put((byte) ']').put((byte) '}').array();
    }

    /** The links of a single feature, as the JSON array the database embeds in it. */
    String featureLinks(FeatureCollectionDefinition c, String featureId, MultiValueMap<String, String> parameters, OgcLinks links) {
        Map<String, Object> kept = OgcLinks.parameters();
        kept.put("crs", parameters.getFirst("crs"));
        kept.put(QueryParameters.FORMAT, parameters.getFirst(QueryParameters.FORMAT));
        return json.writeValueAsString(List.of(
                new Link(OgcLinks.withQuery(links.feature(c.id(), featureId), kept), "self", Link.GEO_JSON, "This feature"),
                new Link(links.collection(c.id()), "collection", Link.JSON, "The collection")));
    }

    private static String pageUrl(String items, MultiValueMap<String, String> parameters, int limit, long offset) {
        Map<String, Object> query = OgcLinks.parameters();
        KEPT.forEach(name -> query.put(name, parameters.getFirst(name)));
        query.put("limit", limit);
        query.put("offset", offset);
        return OgcLinks.withQuery(items, query);
    }
}
