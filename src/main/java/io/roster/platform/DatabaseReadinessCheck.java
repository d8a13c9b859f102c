package io.roster.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while PostgreSQL answers and the schema is migrated: a load balancer's routing signal. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  @Inject SchemaMigration schemaMigration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        return response.down().withData("reason", "connection not valid").build();
      }
    } catch (SQLException e) {
      return response.down().withData("reason", "database unreachable").build();
    }
    if (!schemaMigration.migrateIfNeeded()) {
      return response.down().withData("reason", "schema not migrated").build();
    }
    return response.up().build();
  }
}
