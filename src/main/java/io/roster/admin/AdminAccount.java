package io.roster.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A console/admin-API account. Failed-login counters are here so every node throttles alike.
 * Changed only through its own methods: EclipseLink's woven change tracking misses field writes
 * made from other classes.
 */
@Entity
@Table(name = "admin_account")
public class AdminAccount {
  @Id UUID id;

  @Column(name = "user_name", nullable = false, updatable = false)
  String userName;

  @Column(name = "password_hash", nullable = false)
  String passwordHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  OffsetDateTime createdAt;

  @Column(name = "last_login_at")
  OffsetDateTime lastLoginAt;

  @Column(name = "failed_logins", nullable = false)
  int failedLogins;

  @Column(name = "last_failed_login_at")
  OffsetDateTime lastFailedLoginAt;

  protected AdminAccount() {}

  /** Counts an attempt as failed until it succeeds; the number of failures in a row. */
  int failedAttempt(OffsetDateTime now) {
    failedLogins++;
    lastFailedLoginAt = now;
    return failedLogins;
  }

  /** Clears the failure count; true when this login should be audited (see the interval). */
  boolean loggedIn(OffsetDateTime now, Duration auditInterval) {
    if (failedLogins > 0) {
      failedLogins = 0;
      lastFailedLoginAt = null;
    }
    if (lastLoginAt != null && lastLoginAt.isAfter(now.minus(auditInterval))) {
      return false;
    }
    lastLoginAt = now;
    return true;
  }

  AdminAccount(String userName, String passwordHash) {
    this.id = UUID.randomUUID();
    this.userName = userName;
    this.passwordHash = passwordHash;
    this.createdAt = OffsetDateTime.now();
  }
}
