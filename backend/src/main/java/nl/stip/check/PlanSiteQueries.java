package nl.stip.check;

import java.util.List;

import nl.stip.buildings.BuildingQueries;
import nl.stip.design.ValidatedVolume;
import nl.stip.parcels.ParcelSites;
import nl.stip.platform.web.InvalidParameterException;
import org.springframework.stereotype.Component;

/**
 * Reads a design's site through the modules that own the data: the own parcels as {@link SiteChoice} says (named ones,
 * or the parcel under the largest part of the first footprint), their union and outlines, and per volume the other
 * parcels it reaches with the m² on each ({@link ParcelSites}, one query); then the current buildings on the own
 * parcels cut to their union ({@link BuildingQueries#currentFootprintsWithin}, one query).
 */
@Component
class PlanSiteQueries {

    private final ParcelSites parcels;
    private final BuildingQueries buildings;

    PlanSiteQueries(ParcelSites parcels, BuildingQueries buildings) {
        this.parcels = parcels;
        this.buildings = buildings;
    }

    PlanSite site(List<ValidatedVolume> volumes, SiteChoice choice) {
        List<Long> parcelIds = choice.parcelIds();
        ParcelSites.Site site = parcels.site(volumes.stream().map(ValidatedVolume::footprint).toList(), parcelIds);
        for (Long id : parcelIds) {
            if (!site.ids().contains(id)) {
                throw new InvalidParameterException("parcels", "parcel " + id + " does not exist");
            }
        }
        String how = site.ids().isEmpty() ? SiteChoice.LARGEST_OVERLAP : choice.how();
        List<PlanSite.Neighbour> neighbours = site.neighbours().stream()
                .map(n -> new PlanSite.Neighbour(n.volume(), n.parcel(), n.areaM2())).toList();
        return new PlanSite(how, site.ids(), site.names(), site.outlines(), site.area(),
                buildings.currentFootprintsWithin(site.area()), neighbours, site.demo());
    }
}
