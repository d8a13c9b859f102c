/**
 * Roles, one per pushed group: their access levels per area, a user's effective access and the
 * {@code /api/admin/roles} and {@code /api/access} resources. May depend on {@code api}, {@code
 * events}, {@code persistence} and {@code scim.json}.
 */
package io.roster.role;
