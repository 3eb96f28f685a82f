/**
 * Accounts with roles: sign-up with a verified e-mail address, session login, password reset, staff invitations by
 * planners, mail through SMTP or a local outbox, and OpenID Connect login as a configurable alternative. Other modules
 * know a user by the principal's name: the account's e-mail address in lower case.
 */
@ApplicationModule(displayName = "Accounts")
package nl.stip.accounts;

import org.springframework.modulith.ApplicationModule;
