/**
 * The SCIM error as an exception: {@link io.roster.scim.error.ScimException} with the HTTP status
 * and {@link io.roster.scim.error.ScimType}, thrown anywhere and answered by {@code scim.http}.
 * Depends on nothing.
 */
package io.roster.scim.error;
