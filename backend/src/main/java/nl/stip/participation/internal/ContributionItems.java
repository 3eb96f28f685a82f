package nl.stip.participation.internal;

import java.util.List;

import nl.stip.participation.internal.RoundViews.Author;
import nl.stip.participation.internal.RoundViews.Item;

/** A contribution entity as an {@link Item} (the POST answer and the public delta). */
public final class ContributionItems {

    private ContributionItems() {
    }

    /** The item with the given author view; a reaction with its place and empty replies, a reply without a place. */
    public static Item of(Contribution c, Author author, int agreements, Boolean agreedByMe) {
        boolean reaction = c.getKind().equals("reaction");
        return new Item(c.getId(), c.getKind(), c.getParentId(), c.getStance(), c.getTheme(), c.getText(),
                reaction ? PlaceRules.place(c.getPlace()) : null, c.getVolumeIndex(), c.getVariantId(), author, c.getCreatedAt(), c.getStatus(),
                null, agreements, agreedByMe, reaction ? List.of() : null, null, null);
    }

    /** The item as the public delta carries it (approved or restored by moderation, for instance). */
    public static Item publicItem(Contribution c, int agreements) {
        return of(c, Authors.publicAuthor(c.getAuthorRole()), agreements, null);
    }
}
