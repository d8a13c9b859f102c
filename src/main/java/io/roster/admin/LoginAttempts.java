package io.roster.admin;

import io.roster.audit.Actor;
import io.roster.audit.AuditLog;
import io.roster.audit.AuditRecord;
import io.roster.audit.SampledAudit;
import io.roster.events.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The database side of a login, in short transactions around the password check so no connection or
 * row lock is held while PBKDF2 runs. An attempt is counted as a failure <em>before</em> the check,
 * under the account's row lock: parallel guesses on any node each see the ones before them, so no
 * more than {@link LoginThrottle#FREE_FAILURES} of them reach PBKDF2. A success clears it.
 */
@ApplicationScoped
class LoginAttempts {
  /**
   * Basic auth sends the password with every call: one success entry per admin and quarter hour.
   */
  static final Duration LOGIN_AUDIT_INTERVAL = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject AuditLog auditLog;
  @Inject SampledAudit sampledAudit;

  /** What {@link #reserve} found: no such account, a refusal, or an attempt to check. */
  sealed interface Reservation {}

  record Unknown() implements Reservation {}

  record Throttled() implements Reservation {}

  /** Counted already as the {@code failures}-th failure in a row, until {@link #succeeded}. */
  record Reserved(AdminAccount account, int failures) implements Reservation {}

  @Transactional
  public Reservation reserve(String userName) {
    List<AdminAccount> found =
        em.createQuery("SELECT a FROM AdminAccount a WHERE a.userName = :name", AdminAccount.class)
            .setParameter("name", userName)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (found.isEmpty()) {
      // The attempted name is not recorded: it may be a password typed into the wrong field.
      sampledAudit.record(
          "admin.login.unknown", Actor.ANONYMOUS, failure(null, "unknown user name"));
      return new Unknown();
    }
    AdminAccount account = found.get(0);
    OffsetDateTime now = OffsetDateTime.now();
    if (!LoginThrottle.allows(account.failedLogins, account.lastFailedLoginAt, now)) {
      sampledAudit.record(
          "admin.login.throttled." + account.userName,
          Actor.ANONYMOUS,
          failure(account, "refused unchecked: too many failed logins"));
      return new Throttled();
    }
    return new Reserved(account, account.failedAttempt(now));
  }

  @Transactional
  public void failed(Reserved attempt) {
    auditLog.record(
        Actor.ANONYMOUS,
        failure(attempt.account(), "wrong password (" + attempt.failures() + " in a row)"));
  }

  /** The password was right, but Require SSO leaves password sign-in to break-glass accounts. */
  @Transactional
  public void ssoRequired(Reserved attempt) {
    auditLog.record(
        Actor.ANONYMOUS,
        failure(
            attempt.account(), "password sign-in is off: Require SSO, not a break-glass account"));
  }

  @Transactional
  public void succeeded(Reserved attempt) {
    AdminAccount account = em.find(AdminAccount.class, attempt.account().id);
    if (account.loggedIn(OffsetDateTime.now(), LOGIN_AUDIT_INTERVAL)) {
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
