package nl.stip.participation.internal;

/** How many are in a round now (the live module knows; without it, nobody is counted). */
public interface RoundPresence {

    int count(long roundId);
}
