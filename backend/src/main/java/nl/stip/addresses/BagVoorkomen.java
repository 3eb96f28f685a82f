package nl.stip.addresses;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The history fields every LV-BAG object version (voorkomen) has: its number, the validity period (begin/eind
 * geldigheid), the registration times, and the document it rests on.
 */
public record BagVoorkomen(int voorkomen, LocalDate beginGeldigheid, LocalDate eindGeldigheid, LocalDateTime tijdstipRegistratie,
                           LocalDateTime eindRegistratie, boolean geconstateerd, LocalDate documentDate, String documentNumber) {
}
