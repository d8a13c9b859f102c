/**
 * {@code POST /scim/.search} (RFC 7644 §3.4.3): one search over Users and Groups, answered by the
 * two features' own services; it owns no table.
 */
package io.roster.search;
