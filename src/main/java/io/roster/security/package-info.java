/**
 * Who may call {@code /scim}: the persistent "SCIM enabled" switch, bearer tokens (stored as
 * SHA-256 only), per-token rate limiting, and the JAX-RS filter that applies all three to every
 * SCIM request.
 */
package io.roster.security;
