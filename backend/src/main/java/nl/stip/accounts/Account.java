package nl.stip.accounts;

/** A stored account. The password hash never leaves this module. */
record Account(long id, String email, String displayName, String passwordHash, Role role, boolean verified) {
}
