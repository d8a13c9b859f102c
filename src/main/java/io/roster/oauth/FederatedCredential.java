package io.roster.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Trust in an external issuer instead of a secret (workload identity federation): a client
 * assertion signed by one of the issuer's keys, with this issuer, subject and audience,
 * authenticates the client. The keys come from a JWKS URL or a pasted JWKS, never both.
 */
@Entity
@Table(name = "oauth_federated_credential")
public class FederatedCredential {
  @Id UUID id;

  @Column(name = "client_id", nullable = false, updatable = false)
  UUID clientId;

  @Column(nullable = false, updatable = false)
  String name;

  @Column(nullable = false, updatable = false)
  String issuer;

  @Column(nullable = false, updatable = false)
  String subject;

  @Column(nullable = false, updatable = false)
  String audience;

  @Column(name = "jwks_url", updatable = false)
  String jwksUrl;

  @Column(updatable = false)
  String jwks;

  @Column(name = "created_at", nullable = false, updatable = false)
  OffsetDateTime createdAt;

  @Column(name = "last_used_at")
  OffsetDateTime lastUsedAt;

  @Column(name = "revoked_at")
  OffsetDateTime revokedAt;

  protected FederatedCredential() {}

  FederatedCredential(UUID clientId, FederationTrust trust) {
    this.id = UUID.randomUUID();
    this.clientId = clientId;
    this.name = trust.name();
    this.issuer = trust.issuer();
    this.subject = trust.subject();
    this.audience = trust.audience();
    this.jwksUrl = trust.jwksUrl();
    this.jwks = trust.jwks();
    this.createdAt = OffsetDateTime.now();
  }

  void revoke() {
    revokedAt = OffsetDateTime.now();
  }

  void used(OffsetDateTime now) {
    lastUsedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID clientId() {
    return clientId;
  }

  public FederationTrust trust() {
    return new FederationTrust(name, issuer, subject, audience, jwksUrl, jwks);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime lastUsedAt() {
    return lastUsedAt;
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
