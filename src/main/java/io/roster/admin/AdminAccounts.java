package io.roster.admin;

import io.roster.audit.Actor;
import io.roster.audit.AuditLog;
import io.roster.audit.AuditRecord;
import io.roster.events.Action;
import io.roster.settings.SettingsService;
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
  @Inject SettingsService settings;

  /**
   * The setting "Require SSO": password sign-in (console and admin API) only for break-glass
   * accounts. Owned here because the rule that one break-glass account must remain is this
   * feature's.
   */
  public static final String SSO_REQUIRED = "sso.required";

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
    List<AdminAccount> all = lockAll();
    AdminAccount account = named(all, userName);
    if (all.size() == 1) {
      throw new AdminChangeRefused(409, "The last admin cannot be removed");
    }
    if (account.breakGlass) {
      requireAnotherBreakGlass(all, account);
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
    List<AdminAccount> all = lockAll();
    AdminAccount account = named(all, userName);
    if (!breakGlass && account.breakGlass) {
      requireAnotherBreakGlass(all, account);
    }
    account.breakGlass(breakGlass);
    audit(by, Action.ADMIN_UPDATED, account, "break-glass " + (breakGlass ? "on" : "off"));
    return AdminView.of(account);
  }

  /** Whether password sign-in is off for every account not marked break-glass. */
  public boolean ssoRequired() {
    return settings.get(SSO_REQUIRED).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * Turns "Require SSO" on or off. On needs a break-glass account, or nobody could sign in while
   * the identity provider is down (the accounts are locked while counting).
   */
  @Transactional
  public void requireSso(Actor by, boolean required) {
    if (required == ssoRequired()) {
      return;
    }
    if (required && lockAll().stream().noneMatch(a -> a.breakGlass)) {
      throw new AdminChangeRefused(
          409,
          "Require SSO needs at least one break-glass admin account first (Settings → Admins),"
              + " so that someone can still sign in when the identity provider fails");
    }
    settings.put(SSO_REQUIRED, Boolean.toString(required));
    auditLog.record(
        by,
        new AuditRecord(
            Action.SSO_SETTINGS_CHANGED,
            "Setting",
            SSO_REQUIRED,
            "Require SSO",
            AuditRecord.SUCCESS,
            "required=" + required));
  }

  /** While SSO is required, the last break-glass account stays one. */
  private void requireAnotherBreakGlass(List<AdminAccount> all, AdminAccount leaving) {
    if (ssoRequired() && all.stream().noneMatch(a -> a.breakGlass && a != leaving)) {
      throw new AdminChangeRefused(
          409,
          "While Require SSO is on, at least one break-glass account must remain;"
              + " mark another one first");
    }
  }

  private AdminAccount named(List<AdminAccount> all, String userName) {
    return all.stream()
        .filter(a -> a.userName.equals(userName))
        .findFirst()
        .orElseThrow(() -> notFound(userName));
  }

  /** Every account, locked until the transaction ends: rules that count them hold. */
  private List<AdminAccount> lockAll() {
    return em.createQuery("SELECT a FROM AdminAccount a", AdminAccount.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
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
