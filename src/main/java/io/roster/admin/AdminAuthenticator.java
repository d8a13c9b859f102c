package io.roster.admin;

import io.roster.audit.Actor;
import io.roster.audit.AuditLog;
import io.roster.audit.AuditRecord;
import io.roster.audit.SampledAudit;
import io.roster.events.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Checks an admin's user name and password: the one credential check behind the admin API's HTTP
 * Basic and the console's form login. Failures are counted in PostgreSQL and throttled per account
 * across all nodes ({@link LoginThrottle}); every outcome is audited.
 */
@ApplicationScoped
public class AdminAuthenticator {
  /**
   * Basic auth sends the password with every call: one success entry per admin and quarter hour.
   */
  static final Duration LOGIN_AUDIT_INTERVAL = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject PasswordHashing passwords;
  @Inject AuditLog auditLog;
  @Inject SampledAudit sampledAudit;

  /** The admin's user name when the credentials are right and the account is not throttled. */
  @Transactional
  public Optional<String> authenticate(String userName, String password) {
    List<AdminAccount> found =
        em.createQuery("SELECT a FROM AdminAccount a WHERE a.userName = :name", AdminAccount.class)
            .setParameter("name", userName)
            .getResultList();
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      // The attempted name is not recorded: it may be a password typed into the wrong field.
      sampledAudit.record(
          "admin.login.unknown", Actor.ANONYMOUS, failure(null, "unknown user name"));
      return Optional.empty();
    }
    AdminAccount account = found.get(0);
    OffsetDateTime now = OffsetDateTime.now();
    if (!LoginThrottle.allows(account.failedLogins, account.lastFailedLoginAt, now)) {
      sampledAudit.record(
          "admin.login.throttled." + account.userName,
          Actor.ANONYMOUS,
          failure(account, "refused unchecked: too many failed logins"));
      return Optional.empty();
    }
    if (!passwords.verify(password, account.passwordHash)) {
      recordFailure(account, now);
      return Optional.empty();
    }
    recordSuccess(account, now);
    return Optional.of(account.userName);
  }

  /** Counted with one UPDATE, so concurrent failures on several nodes all count. */
  private void recordFailure(AdminAccount account, OffsetDateTime now) {
    em.createQuery(
            "UPDATE AdminAccount a SET a.failedLogins = a.failedLogins + 1,"
                + " a.lastFailedLoginAt = :now WHERE a.id = :id")
        .setParameter("now", now)
        .setParameter("id", account.id)
        .executeUpdate();
    auditLog.record(
        Actor.ANONYMOUS,
        failure(account, "wrong password (" + (account.failedLogins + 1) + " in a row)"));
  }

  private void recordSuccess(AdminAccount account, OffsetDateTime now) {
    if (account.loggedIn(now, LOGIN_AUDIT_INTERVAL)) {
      auditLog.record(
          Actor.admin(account.userName),
          new AuditRecord(
              Action.ADMIN_LOGIN_SUCCEEDED,
              "Admin",
              account.id.toString(),
              account.userName,
              AuditRecord.SUCCESS,
              null));
    }
  }

  private static AuditRecord failure(AdminAccount account, String summary) {
    return new AuditRecord(
        Action.ADMIN_LOGIN_FAILED,
        "Admin",
        account == null ? null : account.id.toString(),
        account == null ? null : account.userName,
        AuditRecord.FAILURE,
        summary);
  }
}
