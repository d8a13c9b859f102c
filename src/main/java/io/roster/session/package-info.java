/**
 * Console sign-in sessions, whoever signs in: the secret every node shares ({@link
 * io.roster.session.ConsoleSecret}) and the keys derived from it ({@link
 * io.roster.session.ConsoleKeys}), values signed with them ({@link io.roster.session.SignedValue}),
 * the session cookie issued, checked and ended ({@link io.roster.session.ConsoleSessions}) and
 * where a sign-in may send the browser ({@link io.roster.session.ReturnTo}). Below both the console
 * (a password sign-in) and {@code io.roster.sso} (a sign-in through an identity provider), so that
 * neither depends on the other for it.
 */
package io.roster.session;
