/**
 * The admin console (Faces): backing beans that mirror the pages under {@code console/} and call
 * the same services as the admin API, the login cookie ({@link io.roster.console.ConsoleSessions})
 * and the filter that guards every page ({@link io.roster.console.ConsoleFilter}).
 */
package io.roster.console;
