/**
 * SCIM PATCH (RFC 7644 §3.5.2) on a resource's JSON: the request parsed into operations, then
 * applied by {@link io.roster.scim.patch.PatchEngine} (paths), {@code Assignment} (add, replace)
 * and {@code Removal} (remove), all-or-nothing. Depends on {@code scim.schema}, {@code
 * scim.filter}, {@code scim.error} and {@code scim.json}.
 */
package io.roster.scim.patch;
