package io.roster.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A token as the console and the admin API show it: never its hash, and a plain value, so no page
 * or JSON answer holds the JPA entity.
 *
 * @param expiresAt null when it never expires
 * @param lastUsedAt null when it was never used
 */
public record TokenSummary(
    UUID id,
    String name,
    TokenScope scope,
    OffsetDateTime createdAt,
    OffsetDateTime expiresAt,
    OffsetDateTime lastUsedAt) {}
