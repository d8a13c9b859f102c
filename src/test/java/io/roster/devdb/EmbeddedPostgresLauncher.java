package io.roster.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL (zonky's binaries from Maven) inside the Maven JVM for the run command
 * and for {@code mvn verify}, and stops it when that JVM exits.
 *
 * <p>Arguments: {@code --port=N}, {@code --data=DIR}, and {@code --fresh} to wipe DIR first (the
 * tests' database). Without {@code --fresh}, data survives restarts. When {@code DB_HOST} is set
 * the operator runs their own PostgreSQL, so the run command starts none.
 */
public final class EmbeddedPostgresLauncher {
  public static final String DATABASE = "roster";
  public static final String USER = "roster";
  public static final String PASSWORD = "roster";

  private EmbeddedPostgresLauncher() {}

  public static void main(String[] args) throws Exception {
    int port = 55432;
    Path data = Paths.get(System.getProperty("user.home"), ".roster", "postgres");
    boolean fresh = false;
    for (String arg : args) {
      if (arg.startsWith("--port=")) {
        port = Integer.parseInt(arg.substring("--port=".length()));
      } else if (arg.startsWith("--data=")) {
        data = Paths.get(arg.substring("--data=".length()));
      } else if (arg.equals("--fresh")) {
        fresh = true;
      }
    }
    if (!fresh && System.getenv("DB_HOST") != null) {
      System.out.println("[roster] DB_HOST is set: using that PostgreSQL, starting none.");
      return;
    }
    if (fresh) {
      deleteRecursively(data);
    }
    Files.createDirectories(data);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60));
    if (!fresh) {
      durable(builder);
    }
    EmbeddedPostgres postgres = builder.start();
    createRosterDatabase(postgres);
    stopWithThisJvm(data);
    System.out.printf(
        "[roster] PostgreSQL on localhost:%d, data in %s, fsync %s%n",
        port, data, setting(postgres, "fsync"));
  }

  /**
   * zonky starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}: fine
   * for the throw-away test database, not for the run command's, which keeps a user's data.
   * Settings given with {@code -c} come after {@code -F} on the command line, and the last one
   * wins.
   */
  public static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
    return builder
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on");
  }

  public static void createRosterDatabase(EmbeddedPostgres postgres) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'").next()) {
        s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
      }
      if (!s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
        s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
      }
    }
  }

  private static String setting(EmbeddedPostgres postgres, String name) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var rows = s.executeQuery("SHOW " + name);
      rows.next();
      return rows.getString(1);
    }
  }

  /**
   * exec:java closes the class loader once main returns, so the shutdown hook uses only JDK classes
   * and is created now: it sends the postmaster SIGTERM and waits for it to finish.
   */
  private static void stopWithThisJvm(Path data) throws IOException {
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    Thread hook =
        new Thread(
            () ->
                ProcessHandle.of(pid)
                    .ifPresent(
                        postmaster -> {
                          postmaster.destroy();
                          try {
                            postmaster.onExit().get(20, TimeUnit.SECONDS);
                          } catch (Exception e) {
                            postmaster.destroyForcibly();
                          }
                        }),
            "roster-postgres-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
