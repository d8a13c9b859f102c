package io.roster.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A SCIM bearer token. Holds the secret's SHA-256 only; revoked rows stay for the audit trail.
 * Changed only through its own methods: EclipseLink's woven change tracking misses field writes
 * made from other classes.
 */
@Entity
@Table(name = "scim_token")
public class ScimToken {
  @Id UUID id;

  @Column(nullable = false)
  String name;

  @Column(name = "token_hash", nullable = false, updatable = false)
  String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  OffsetDateTime createdAt;

  @Column(name = "expires_at")
  OffsetDateTime expiresAt;

  @Column(name = "last_used_at")
  OffsetDateTime lastUsedAt;

  @Column(name = "revoked_at")
  OffsetDateTime revokedAt;

  /** {@link TokenScope#wire()}: what the token may do. */
  @Column(nullable = false, updatable = false)
  String scope;

  protected ScimToken() {}

  ScimToken(String name, TokenScope scope, String tokenHash, OffsetDateTime expiresAt) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.scope = scope.wire();
    this.tokenHash = tokenHash;
    this.createdAt = OffsetDateTime.now();
    this.expiresAt = expiresAt;
  }

  void revoke(OffsetDateTime now) {
    revokedAt = now;
  }

  boolean revoked() {
    return revokedAt != null;
  }

  boolean activeAt(OffsetDateTime now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  TokenSummary summary() {
    return new TokenSummary(id, name, scope(), createdAt, expiresAt, lastUsedAt);
  }

  TokenScope scope() {
    return TokenScope.parse(scope).orElseThrow();
  }
}
