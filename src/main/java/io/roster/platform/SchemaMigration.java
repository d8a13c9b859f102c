package io.roster.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the Liquibase changelog ({@code liquibase/} in the source tree) when the application
 * starts. When PostgreSQL is unreachable at start-up the readiness check retries, so a node that
 * starts before its database still becomes ready. Liquibase's lock table keeps concurrent nodes
 * from migrating twice.
 */
@ApplicationScoped
public class SchemaMigration {
  static final String CHANGELOG = "liquibase/changelog.xml";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  private volatile boolean migrated;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migrateIfNeeded();
  }

  /** True once the schema is current; tries to migrate when it is not yet. */
  public synchronized boolean migrateIfNeeded() {
    if (migrated) {
      return true;
    }
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Liquibase liquibase =
          new Liquibase(
              CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database);
      liquibase.update("");
      // Liberty rolls back what is uncommitted when a connection closes.
      connection.commit();
      migrated = true;
      LOG.info("Database schema is up to date");
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Database schema migration failed; will retry: " + e.getMessage());
    }
    return migrated;
  }
}
