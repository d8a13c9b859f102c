package io.roster.operations;

import io.roster.devdb.EmbeddedPostgresLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A PostgreSQL of one test class, durable as the run command's, which the test may stop, kill -9
 * and start again on the same port and data: the outages the shared test database must not suffer.
 */
final class ScratchPostgres implements AutoCloseable {
  private final Path data;
  private int port;
  private EmbeddedPostgres postgres;

  ScratchPostgres(Path data) {
    this.data = data;
  }

  int port() {
    return port;
  }

  ScratchPostgres start() throws IOException, SQLException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(60));
    if (port != 0) {
      builder.setPort(port);
    }
    postgres = EmbeddedPostgresLauncher.durable(builder).start();
    port = postgres.getPort();
    EmbeddedPostgresLauncher.createRosterDatabase(postgres);
    return this;
  }

  /** An orderly stop ({@code pg_ctl stop -m fast}): open connections are cut. */
  void stop() throws IOException {
    postgres.close();
  }

  /** A crash: SIGKILL to the postmaster and every backend. */
  void kill() throws IOException {
    ProcessHandle postmaster = postgres.getProcess().toHandle();
    postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
    postmaster.destroyForcibly();
    postmaster.onExit().join();
    // Releases zonky's lock on the data directory; its pg_ctl stop finds nothing to stop.
    postgres.close();
  }

  /** The roster database, as its owner. */
  Connection connect() throws SQLException {
    DataSource roster =
        postgres.getDatabase(EmbeddedPostgresLauncher.USER, EmbeddedPostgresLauncher.DATABASE);
    return roster.getConnection(EmbeddedPostgresLauncher.USER, EmbeddedPostgresLauncher.PASSWORD);
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
