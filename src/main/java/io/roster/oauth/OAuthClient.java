package io.roster.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An OAuth client of the SCIM endpoint (one per customer tenant); its id is the {@code client_id}.
 * Disabling keeps its secrets and credentials but stops every token obtained with them.
 */
@Entity
@Table(name = "oauth_client")
public class OAuthClient {
  @Id UUID id;

  @Column(nullable = false)
  String name;

  @Column(name = "access_token_minutes", nullable = false)
  int accessTokenMinutes;

  @Column(name = "created_at", nullable = false, updatable = false)
  OffsetDateTime createdAt;

  @Column(name = "disabled_at")
  OffsetDateTime disabledAt;

  protected OAuthClient() {}

  OAuthClient(String name, int accessTokenMinutes) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.accessTokenMinutes = accessTokenMinutes;
    this.createdAt = OffsetDateTime.now();
  }

  void setEnabled(boolean enabled) {
    disabledAt = enabled ? null : OffsetDateTime.now();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int accessTokenMinutes() {
    return accessTokenMinutes;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public boolean enabled() {
    return disabledAt == null;
  }
}
