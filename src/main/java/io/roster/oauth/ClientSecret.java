package io.roster.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One of a client's secrets, held as SHA-256 only. Several are active at once so that an identity
 * provider can be moved to a new one before the old one expires or is revoked.
 */
@Entity
@Table(name = "oauth_secret")
public class ClientSecret {
  @Id UUID id;

  @Column(name = "client_id", nullable = false, updatable = false)
  UUID clientId;

  @Column(name = "secret_hash", nullable = false, updatable = false)
  String secretHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  OffsetDateTime expiresAt;

  @Column(name = "last_used_at")
  OffsetDateTime lastUsedAt;

  @Column(name = "revoked_at")
  OffsetDateTime revokedAt;

  protected ClientSecret() {}

  ClientSecret(UUID clientId, String secretHash, OffsetDateTime expiresAt) {
    this.id = UUID.randomUUID();
    this.clientId = clientId;
    this.secretHash = secretHash;
    this.createdAt = OffsetDateTime.now();
    this.expiresAt = expiresAt;
  }

  void revoke() {
    revokedAt = OffsetDateTime.now();
  }

  void used(OffsetDateTime now) {
    lastUsedAt = now;
  }

  boolean activeAt(OffsetDateTime now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public UUID id() {
    return id;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  public OffsetDateTime lastUsedAt() {
    return lastUsedAt;
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
