package io.roster.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Keycloak, the real identity provider of the integration tests: unpacked from Maven Central into
 * {@code target/} by the build, started by a test class on {@code roster.keycloak.port} (8189 by
 * default) with {@code src/test/keycloak/roster-realm.json} imported, and stopped after it.
 */
public final class Keycloak {
  public static final String PORT = System.getProperty("roster.keycloak.port", "8189");
  public static final String BASE = "http://localhost:" + PORT;
  public static final String REALM = BASE + "/realms/roster";

  /** Where the build unpacked Keycloak; realms in its {@code data/import} are imported at start. */
  public static final Path HOME =
      Path.of(System.getProperty("roster.keycloak.home", "target/keycloak-26.7.3"));

  static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private static Process process;

  private Keycloak() {}

  public static void start() throws IOException, InterruptedException {
    Path imports = Files.createDirectories(HOME.resolve("data/import"));
    Files.copy(
        Path.of("src/test/keycloak/roster-realm.json"),
        imports.resolve("roster-realm.json"),
        StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                HOME.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + PORT,
                "--hostname=" + BASE,
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target/keycloak.log").toFile());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "keycloak-test-admin");
    builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    process = builder.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!ready()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("Keycloak did not start; see target/keycloak.log");
      }
      Thread.sleep(1000);
    }
  }

  /** The password of {@code user} in the test realms (every test user's follows this pattern). */
  public static String password(String user) {
    return "keycloak-" + user + "-password";
  }

  public static void stop() throws InterruptedException {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      process.waitFor();
      process = null;
    }
  }

  private static boolean ready() {
    try {
      return Http.send(
                  HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration")),
                  "GET",
                  null,
                  null)
              .statusCode()
          == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
