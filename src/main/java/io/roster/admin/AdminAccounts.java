package io.roster.admin;

import io.roster.audit.Actor;
import io.roster.audit.AuditLog;
import io.roster.audit.AuditRecord;
import io.roster.events.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Admin accounts: created, listed, removed (never the last one), their passwords changed (at least
 * {@value #MIN_PASSWORD} characters) and their break-glass flag set, each change audited. A
 * password hashed here is never stored or logged in clear. A password someone else chose (generated
 * at install, set by another admin) must be changed by its owner at the next sign-in.
 */
@ApplicationScoped
public class AdminAccounts {
  public static final int MIN_PASSWORD = 12;
  static final int MAX_NAME = 100;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject PasswordHashing passwords;
  @Inject PasswordChecks checks;
  @Inject AuditLog auditLog;

  @Transactional
  public boolean any() {
    return !em.createQuery("SELECT a.id FROM AdminAccount a")
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * An admin created by no one (the first admin). Fails (unique index) when another node created it
   * just now.
   */
  @Transactional
  void create(String userName, String password, boolean mustChangePassword) {
    requireLength(password);
    em.persist(new AdminAccount(userName, passwords.hash(password), mustChangePassword, false));
    em.flush();
  }

  @Transactional
  public List<AdminView> list() {
    return em
        .createQuery("SELECT a FROM AdminAccount a ORDER BY a.userName", AdminAccount.class)
        .getResultList()
        .stream()
        .map(AdminView::of)
        .toList();
  }

  /** Whether {@code userName} must change the password before anything else. */
  @Transactional
  public boolean mustChangePassword(String userName) {
    return find(userName).map(a -> a.mustChangePassword).orElse(false);
  }

  /** A new admin; the password is the creator's choice, so its owner changes it first. */
  @Transactional
  public AdminView add(Actor by, String userName, String password, boolean breakGlass) {
    if (userName == null || userName.isBlank() || userName.length() > MAX_NAME) {
      throw new AdminChangeRefused(
          400, "userName is required, at most " + MAX_NAME + " characters");
    }
    requireLength(password);
    String name = userName.strip();
    if (find(name).isPresent()) {
      throw new AdminChangeRefused(409, "An admin named " + name + " exists");
    }
    AdminAccount account = new AdminAccount(name, passwords.hash(password), true, breakGlass);
    em.persist(account);
    em.flush();
    audit(by, Action.ADMIN_CREATED, account, breakGlass ? "break-glass account" : null);
    return AdminView.of(account);
  }

  /** Removes {@code userName}, never the last admin (the rows are locked while counting). */
  @Transactional
  public void remove(Actor by, String userName) {
    List<AdminAccount> all =
        em.createQuery("SELECT a FROM AdminAccount a", AdminAccount.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    AdminAccount account =
        all.stream()
            .filter(a -> a.userName.equals(userName))
            .findFirst()
            .orElseThrow(() -> notFound(userName));
    if (all.size() == 1) {
      throw new AdminChangeRefused(409, "The last admin cannot be removed");
    }
    em.remove(account);
    audit(by, Action.ADMIN_REMOVED, account, null);
  }

  /**
   * Sets a new password. Admins changing their own give the current one (checked like a login, so
   * it counts against the bounded password checks); another admin's password may be reset without
   * it, and that admin must change it at the next sign-in.
   */
  @Transactional
  public void changePassword(Actor by, String userName, String current, String password) {
    AdminAccount account = find(userName).orElseThrow(() -> notFound(userName));
    requireLength(password);
    boolean own = by.equals(Actor.admin(userName));
    if (own) {
      boolean verified;
      try (PasswordChecks.Permit permit = checks.enter()) {
        verified = current != null && passwords.verify(current, account.passwordHash);
      }
      if (!verified) {
        throw new AdminChangeRefused(403, "The current password is wrong");
      }
      if (current.equals(password)) {
        throw new AdminChangeRefused(400, "The new password must differ from the current one");
      }
    }
    account.passwordSet(passwords.hash(password), !own);
    audit(
        by,
        Action.ADMIN_PASSWORD_CHANGED,
        account,
        own ? "own password" : "reset; to be changed at the next sign-in");
  }

  @Transactional
  public AdminView setBreakGlass(Actor by, String userName, boolean breakGlass) {
    AdminAccount account = find(userName).orElseThrow(() -> notFound(userName));
    account.breakGlass(breakGlass);
    audit(by, Action.ADMIN_UPDATED, account, "break-glass " + (breakGlass ? "on" : "off"));
    return AdminView.of(account);
  }

  static void requireLength(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new AdminChangeRefused(
          400, "The password must be at least " + MIN_PASSWORD + " characters");
    }
  }

  private Optional<AdminAccount> find(String userName) {
    return em
        .createQuery("SELECT a FROM AdminAccount a WHERE a.userName = :n", AdminAccount.class)
        .setParameter("n", userName)
        .getResultList()
        .stream()
        .findFirst();
  }

  private static AdminChangeRefused notFound(String userName) {
    return new AdminChangeRefused(404, "No admin named " + userName);
  }

  private void audit(Actor by, Action action, AdminAccount account, String summary) {
    auditLog.record(
        by,
        new AuditRecord(
            action,
            "Admin",
            account.id.toString(),
            account.userName,
            AuditRecord.SUCCESS,
            summary));
  }
}
