package io.roster.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Keycloak (unpacked from Maven Central into {@code target/} by the build) as a real identity
 * provider, on {@code roster.keycloak.port}, with the given realm files imported; each file's
 * placeholders replaced first (e.g. {@code @ROSTER@} by the test server's base URL).
 */
public final class TestKeycloak implements AutoCloseable {
  public static final String PORT = System.getProperty("roster.keycloak.port", "8189");
  public static final String BASE = "http://localhost:" + PORT;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final Process process;

  private TestKeycloak(Process process) {
    this.process = process;
  }

  /** Starts Keycloak and waits until {@code readyRealm} answers its discovery document. */
  public static TestKeycloak start(
      String readyRealm, Map<String, String> placeholders, Path... realmFiles)
      throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("roster.keycloak.home", "target/keycloak-26.7.3"));
    Path imports = Files.createDirectories(home.resolve("data/import"));
    for (Path realm : realmFiles) {
      String json = Files.readString(realm);
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        json = json.replace(p.getKey(), p.getValue());
      }
      Files.writeString(imports.resolve(realm.getFileName()), json);
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + PORT,
                "--hostname=" + BASE,
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target/keycloak-" + readyRealm + ".log").toFile());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "keycloak-test-admin");
    builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    TestKeycloak keycloak = new TestKeycloak(builder.start());
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!keycloak.ready(readyRealm)) {
      if (System.nanoTime() > deadline || !keycloak.process.isAlive()) {
        keycloak.close();
        throw new IllegalStateException(
            "Keycloak did not start; see target/keycloak-" + readyRealm + ".log");
      }
      Thread.sleep(1000);
    }
    return keycloak;
  }

  private boolean ready(String realm) {
    try {
      return Http.send(
                  HttpRequest.newBuilder(
                      URI.create(BASE + "/realms/" + realm + "/.well-known/openid-configuration")),
                  "GET",
                  null,
                  null)
              .statusCode()
          == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    process.waitFor();
  }
}
