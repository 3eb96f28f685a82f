package nl.stip.concerned.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.stip.concerned.ConcernedProfile;
import nl.stip.concerned.internal.ConcernedComputation.Computed;
import nl.stip.concerned.internal.ConcernedComputation.Place;
import nl.stip.concerned.internal.ConcernedStore.HomeRow;
import nl.stip.concerned.internal.ConcernedViews.Party;
import nl.stip.plans.PlanDirectory;

/** {@link ConcernedProfile} on the concerned set as {@link ConcernedComputation} measures it. */
@Service
class ConcernedProfileQuery implements ConcernedProfile {

    private static final List<String> KINDS = List.of("consent", "no-objection", "objection");

    private final ConcernedComputation computation;
    private final ConcernedStore store;
    private final PlanDirectory plans;

    ConcernedProfileQuery(ConcernedComputation computation, ConcernedStore store, PlanDirectory plans) {
        this.computation = computation;
        this.store = store;
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Profile> profile(long planId, Collection<String> people) {
        Optional<Computed> computed = plans.find(planId).flatMap(computation::compute);
        if (computed.isEmpty()) {
            return Optional.empty();
        }
        Computed c = computed.get();
        Map<String, long[]> cells = new TreeMap<>(); // "ringIndex|pointIndex" → addresses, parcels, buildings, people
        Map<String, String> cellOfAddress = new HashMap<>();
        c.parties().stream().sorted(java.util.Comparator.comparingDouble(Party::distance)).forEach(p -> {
            long[] cell = cells.computeIfAbsent(key(p.ring(), p.direction()), k -> new long[4]);
            cell[p.type().equals("parcel") ? 1 : 2]++;
            p.addressIds().forEach(id -> cellOfAddress.putIfAbsent(id, key(p.ring(), p.direction())));
        });
        cellOfAddress.values().forEach(k -> cells.get(k)[0]++);
        Set<String> wanted = new HashSet<>(people);
        Set<String> placed = new HashSet<>();
        for (HomeRow home : store.confirmedIn(c.panden().keySet())) {
            Place place = c.panden().get(home.pandId());
            if (place != null && wanted.contains(home.email()) && placed.add(home.email())) {
                cells.computeIfAbsent(key(place.ring(), place.direction()), k -> new long[4])[3]++;
            }
        }
        List<Cell> list = cells.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\\|");
            long[] v = e.getValue();
            return new Cell(Compass.RINGS.get(Integer.parseInt(k[0])), Compass.POINTS.get(Integer.parseInt(k[1])), v[0], v[1], v[2], v[3]);
        }).toList();
        Map<String, Long> statements = new HashMap<>();
        store.statements(planId).forEach(s -> statements.merge(s.kind(), 1L, Long::sum));
        return Optional.of(new Profile(c.distance(), list, wanted.size() - placed.size(),
                KINDS.stream().map(k -> new StatementCount(k, statements.getOrDefault(k, 0L))).toList()));
    }

    private static String key(String ring, String direction) {
        return Compass.RINGS.indexOf(ring) + "|" + Compass.POINTS.indexOf(direction);
    }
}
