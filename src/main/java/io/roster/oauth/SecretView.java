package io.roster.oauth;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A client secret as pages and the admin API show it: never its hash, never the entity. */
public record SecretView(
    UUID id, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt) {
  static SecretView of(ClientSecret s) {
    return new SecretView(s.id(), s.createdAt(), s.expiresAt(), s.lastUsedAt());
  }
}
