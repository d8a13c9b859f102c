package io.roster.oauth;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An OAuth client as pages and the admin API show it: a plain value, never the JPA entity. */
public record ClientView(
    UUID id, String name, boolean enabled, int accessTokenMinutes, OffsetDateTime createdAt) {
  static ClientView of(OAuthClient c) {
    return new ClientView(c.id(), c.name(), c.enabled(), c.accessTokenMinutes(), c.createdAt());
  }
}
