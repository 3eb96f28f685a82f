package nl.stip.search;

import java.util.ArrayList;
import java.util.List;

import nl.stip.addresses.AddressSearch;
import nl.stip.buildings.BuildingQueries;
import nl.stip.parcels.ParcelQueries;

import org.springframework.stereotype.Service;

/**
 * Finds addresses, buildings and parcels by what people know of them; every hit says where it lies in WGS84. The
 * modules that own the data find them ({@link AddressSearch}, {@link BuildingQueries#locate}, {@link ParcelQueries#byAanduiding});
 * this one chooses which to ask and labels the hits.
 */
@Service
class SearchService {

    static final int LIMIT = 10;

    private final AddressSearch addresses;
    private final BuildingQueries buildings;
    private final ParcelQueries parcels;

    SearchService(AddressSearch addresses, BuildingQueries buildings, ParcelQueries parcels) {
        this.addresses = addresses;
        this.buildings = buildings;
        this.parcels = parcels;
    }

    List<SearchHit> search(SearchQuery query) {
        if (query instanceof SearchQuery.BagId q) {
            List<SearchHit> hits = new ArrayList<>();
            buildings.locate(q.identificatie()).ifPresent(b -> hits.add(new SearchHit("building", b.identificatie(),
                    "Gebouw " + b.identificatie() + (b.bouwjaar() == null ? "" : " (" + b.bouwjaar() + ")"), round(b.lon()), round(b.lat()),
                    bbox(b.west(), b.south(), b.east(), b.north()))));
            addresses.byBagId(q.identificatie(), LIMIT - hits.size()).forEach(a -> hits.add(address(a)));
            return hits;
        }
        if (query instanceof SearchQuery.Parcel q) {
            return parcels.byAanduiding(q.aanduiding().toString(), LIMIT).stream()
                    .map(p -> new SearchHit("parcel", String.valueOf(p.id()), "Perceel " + p.kadastraleAanduiding(), round(p.lon()), round(p.lat()),
                            bbox(p.west(), p.south(), p.east(), p.north())))
                    .toList();
        }
        if (query instanceof SearchQuery.Postcode q) {
            return addresses.byPostcode(q.postcode(), q.huisnummer(), q.huisletter(), LIMIT).stream().map(SearchService::address).toList();
        }
        SearchQuery.Street q = (SearchQuery.Street) query;
        return addresses.byStreet(q.straat(), q.huisnummer(), q.huisletter(), LIMIT).stream().map(SearchService::address).toList();
    }

    /** What the loaded data can find: the viewer promises only these in its search box. */
    Capabilities capabilities() {
        return new Capabilities(addresses.any(), buildings.any(), parcels.any());
    }

    private static SearchHit address(AddressSearch.Found a) {
        return new SearchHit("address", a.identificatie(), a.label(), round(a.lon()), round(a.lat()), null);
    }

    private static double[] bbox(double west, double south, double east, double north) {
        return new double[] {round(west), round(south), round(east), round(north)};
    }

    /** Whether addresses (street, postcode), buildings (BAG identificatie) and parcels (kadastrale aanduiding) are loaded. */
    record Capabilities(boolean addresses, boolean buildings, boolean parcels) {
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
