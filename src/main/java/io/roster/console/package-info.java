/**
 * The admin console (Faces): backing beans that mirror the pages under {@code console/} and call
 * the same services as the admin API, and the filter that guards every page ({@link
 * io.roster.console.ConsoleFilter}). The login cookie it checks is {@code io.roster.session}'s,
 * which SSO issues too; nothing outside the console depends on it.
 */
package io.roster.console;
