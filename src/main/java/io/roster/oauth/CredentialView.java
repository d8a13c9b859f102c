package io.roster.oauth;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A federated credential as pages and the admin API show it: a plain value, never the entity. */
public record CredentialView(
    UUID id, FederationTrust trust, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
  static CredentialView of(FederatedCredential f) {
    return new CredentialView(f.id(), f.trust(), f.createdAt(), f.lastUsedAt());
  }
}
