package nl.stip.sharing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.stip.sharing.PublishedPlans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PublishedPlans} over the publication table. */
@Component
class PublishedPlansQuery implements PublishedPlans {

    private final SharingStore store;

    PublishedPlansQuery(SharingStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> publishedAt(long planId) {
        return store.publication(planId).filter(p -> p.state().equals(PublicationRules.State.PUBLISHED.key()))
                .map(SharingStore.PublicationRow::publishedAt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> publishedPlanIds() {
        return store.publications(PublicationRules.State.PUBLISHED.key()).stream().map(SharingStore.PublicationRow::planId).toList();
    }
}
