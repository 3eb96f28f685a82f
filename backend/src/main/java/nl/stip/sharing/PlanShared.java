package nl.stip.sharing;

/** A person accepted an invitation and now has {@code role} (co-editor, advisor, viewer) on the plan. */
public record PlanShared(long planId, String person, String role, String invitedBy) {
}
