package nl.stip.addresses;

import java.util.List;

import org.locationtech.jts.geom.Point;

/**
 * One voorkomen of an LV-BAG verblijfsobject: its uses, floor area, status, position (RD New), hoofdadres and
 * nevenadressen (nummeraanduiding ids) and the panden it is part of.
 */
public record VerblijfsobjectVersion(String identificatie, BagVoorkomen voorkomen, String status, List<String> gebruiksdoelen,
                                     Integer oppervlakte, String hoofdadres, List<String> nevenadressen, List<String> panden,
                                     Point geometry) {
}
