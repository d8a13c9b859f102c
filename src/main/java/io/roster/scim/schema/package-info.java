/**
 * The SCIM schemas Roster serves (core User with the enterprise extension, Group) as data:
 * attributes and their characteristics, look-ups by name, projection ({@code attributes}, {@code
 * excludedAttributes}), list responses and the discovery documents. Depends on {@code scim.error},
 * {@code scim.filter} and {@code scim.json}.
 */
package io.roster.scim.schema;
