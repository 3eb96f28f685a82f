package nl.stip.concerned;

import java.util.Optional;

/** The concerned module's public query for other modules (notifications: alerts around a person's home). */
public interface ResidentHomes {

    /** The person's home once confirmed (by letter code or a verified OIDC address claim); empty otherwise. */
    Optional<ConfirmedHome> confirmedHome(String email);
}
