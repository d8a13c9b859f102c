package io.roster.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the Liquibase changelog ({@code liquibase/} in the source tree) when the application
 * starts. When PostgreSQL is unreachable at start-up the readiness check retries, so a node that
 * starts before its database still becomes ready. Liquibase's lock table keeps concurrent nodes
 * from migrating twice.
 *
 * <p>With {@code DB_MIGRATION_USER} / {@code DB_MIGRATION_PASSWORD} set, the migration runs as that
 * role (the owner of the tables) and then grants the application's own role ({@code DB_USER}) what
 * it needs: on the audit log only SELECT and INSERT ({@code liquibase/app-role-grants.xml}), so the
 * application can neither rewrite the log nor drop its trigger.
 */
@ApplicationScoped
public class SchemaMigration {
  static final String CHANGELOG = "liquibase/changelog.xml";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  static final String GRANTS = "liquibase/app-role-grants.xml";

  @Inject
  @ConfigProperty(name = "db.migration.user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "db.migration.password")
  Optional<String> migrationPassword;

  private volatile boolean migrated;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migrateIfNeeded();
  }

  /** True once the schema is current; tries to migrate when it is not yet. */
  public synchronized boolean migrateIfNeeded() {
    if (migrated) {
      return true;
    }
    try (Connection connection =
        migrationUser.isPresent()
            ? dataSource.getConnection(migrationUser.get(), migrationPassword.orElse(""))
            : dataSource.getConnection()) {
      migrate(connection, migrationUser.isPresent() ? applicationRole() : null);
      migrated = true;
      LOG.info("Database schema is up to date");
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Database schema migration failed; will retry: " + e.getMessage());
    }
    return migrated;
  }

  /**
   * Brings the schema up to date on {@code connection}, then, when {@code applicationRole} is not
   * null, grants that role what the application needs.
   */
  void migrate(Connection connection, String applicationRole) throws Exception {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    ClassLoaderResourceAccessor resources =
        new ClassLoaderResourceAccessor(getClass().getClassLoader());
    new Liquibase(CHANGELOG, resources, database).update("");
    if (applicationRole != null) {
      Liquibase grants = new Liquibase(GRANTS, resources, database);
      grants.setChangeLogParameter("roster.app-role", applicationRole);
      grants.update("");
    }
    // Liberty rolls back what is uncommitted when a connection closes.
    connection.commit();
  }

  private String applicationRole() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getUserName();
    }
  }
}
