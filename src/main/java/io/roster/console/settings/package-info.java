/**
 * The console's settings pages ({@code console/settings/*.xhtml}): the SSO and SCIM page's backing
 * bean. May depend on {@code console}, {@code admin} and {@code security}.
 */
package io.roster.console.settings;
