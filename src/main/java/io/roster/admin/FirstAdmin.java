package io.roster.admin;

import io.roster.platform.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin on a new install from {@code ROSTER_ADMIN_USER} / {@code
 * ROSTER_ADMIN_PASSWORD} (at least 12 characters, else none is created); without a password it
 * generates one and logs it, once, and the admin must change it at the first sign-in. Runs at
 * start-up after the schema migration, and again before a login if the database was not reachable
 * then.
 */
@ApplicationScoped
public class FirstAdmin {
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject SchemaMigration schemaMigration;
  @Inject AdminAccounts accounts;

  @Inject
  @ConfigProperty(name = "roster.admin.user", defaultValue = "admin")
  String userName;

  @Inject
  @ConfigProperty(name = "roster.admin.password")
  Optional<String> password;

  private volatile boolean done;

  /** Observer order does not matter: {@link #ensure} migrates the schema first if needed. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    ensure();
  }

  public void ensure() {
    if (done || !schemaMigration.migrateIfNeeded()) {
      return;
    }
    synchronized (this) {
      if (!done) {
        done = createIfNone();
      }
    }
  }

  /** True once an admin exists; false after an error, so the next login attempt tries again. */
  private boolean createIfNone() {
    try {
      if (accounts.any()) {
        return true;
      }
      if (password.isPresent() && password.get().length() < AdminAccounts.MIN_PASSWORD) {
        // Refused rather than weakened: no admin exists until the setting is fixed and the
        // server restarted, and the log says why.
        LOG.severe(
            "ROSTER_ADMIN_PASSWORD is shorter than "
                + AdminAccounts.MIN_PASSWORD
                + " characters: no admin account created. Set a longer one and restart.");
        return true;
      }
      String initial = password.orElseGet(PasswordHashing::randomPassword);
      // A generated password has been in a log: its owner must replace it at the first sign-in.
      accounts.create(userName, initial, password.isEmpty());
      if (password.isPresent()) {
        LOG.info("Created the first admin account '" + userName + "' (ROSTER_ADMIN_PASSWORD)");
      } else {
        LOG.warning(
            "Created the first admin account '"
                + userName
                + "' with the generated password "
                + initial
                + " (shown only now; set ROSTER_ADMIN_PASSWORD on a new install to choose it)");
      }
      return true;
    } catch (RuntimeException e) {
      // Usually another node that started at the same moment created it (its log shows the
      // password); the retry then finds that account.
      LOG.log(Level.INFO, "First admin not created here: " + e.getMessage());
      return false;
    }
  }
}
