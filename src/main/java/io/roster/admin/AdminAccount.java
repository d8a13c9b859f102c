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

  @Column(name = "must_change_password", nullable = false)
  boolean mustChangePassword;

  @Column(name = "break_glass", nullable = false)
  boolean breakGlass;

  protected AdminAccount() {}

  /** Counts an attempt as failed until it succeeds; the number of failures in a row. */
  int failedAttempt(OffsetDateTime now) {
    failedLogins++;
    lastFailedLoginAt = now;
    return failedLogins;
  }

  /**
   * Clears the failure count; true when this login should be audited: once per interval, every time
   * for a break-glass account.
   */
  boolean loggedIn(OffsetDateTime now, Duration auditInterval) {
    if (failedLogins > 0) {
      failedLogins = 0;
      lastFailedLoginAt = null;
    }
    if (!breakGlass && lastLoginAt != null && lastLoginAt.isAfter(now.minus(auditInterval))) {
      return false;
    }
    lastLoginAt = now;
    return true;
  }

  AdminAccount(
      String userName, String passwordHash, boolean mustChangePassword, boolean breakGlass) {
    this.id = UUID.randomUUID();
    this.userName = userName;
    this.passwordHash = passwordHash;
    this.createdAt = OffsetDateTime.now();
    this.mustChangePassword = mustChangePassword;
    this.breakGlass = breakGlass;
  }

  /** A new password; {@code chosenBySomeoneElse} makes its owner change it at the next sign-in. */
  void passwordSet(String hash, boolean chosenBySomeoneElse) {
    passwordHash = hash;
    mustChangePassword = chosenBySomeoneElse;
    failedLogins = 0;
    lastFailedLoginAt = null;
  }

  void breakGlass(boolean flag) {
    breakGlass = flag;
  }
}
