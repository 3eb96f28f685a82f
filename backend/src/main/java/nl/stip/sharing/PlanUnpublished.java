package nl.stip.sharing;

/** A published plan is private again. */
public record PlanUnpublished(long planId, String by) {
}
