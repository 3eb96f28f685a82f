package nl.stip.accounts;

/**
 * A stored account. The password hash never leaves this module; the credentials epoch rises with every password
 * change, so sessions that logged in before it can be told apart.
 */
record Account(long id, String email, String displayName, String passwordHash, Role role, boolean verified, long credentialsEpoch) {
}
