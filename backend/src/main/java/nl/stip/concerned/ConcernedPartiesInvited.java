package nl.stip.concerned;

import java.util.List;

/** The owner invited every concerned party of a plan at once: {@code emails} the confirmed residents mailed. */
public record ConcernedPartiesInvited(long planId, List<String> emails, String invitedBy) {
}
