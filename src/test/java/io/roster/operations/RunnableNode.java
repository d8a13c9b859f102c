package io.roster.operations;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.ScimClient;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Roster as an operator runs it: {@code java -jar target/roster-runnable.jar} (built by {@code mvn
 * package}), configured only by environment variables. One more node beside the Arquillian server,
 * which a test can start, stop and kill -9.
 */
final class RunnableNode implements AutoCloseable {
  static final int HTTP_PORT = Integer.getInteger("roster.test.node.http.port", 9280);
  static final int HTTPS_PORT = Integer.getInteger("roster.test.node.https.port", 9643);
  private static final Path JAR =
      Paths.get(System.getProperty("roster.runnable.jar", "target/roster-runnable.jar"));

  private final String name;
  private final int dbPort;
  private final Map<String, String> extraEnv;
  private Process process;

  RunnableNode(String name, int dbPort) {
    this(name, dbPort, Map.of());
  }

  /** A node whose environment also holds {@code extraEnv}, as an operator's settings. */
  RunnableNode(String name, int dbPort, Map<String, String> extraEnv) {
    this.name = name;
    this.dbPort = dbPort;
    this.extraEnv = extraEnv;
  }

  String base() {
    return "http://localhost:" + HTTP_PORT;
  }

  /** Starts the JVM and waits until {@code /health/ready} says UP. */
  RunnableNode start() throws IOException, InterruptedException {
    Path dir = JAR.toAbsolutePath().getParent().resolve("runnable-nodes").resolve(name);
    ProcessBuilder builder =
        new ProcessBuilder(javaCommand(), "-jar", JAR.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolveSibling(name + ".log").toFile()));
    // The JAR extracts itself into an empty folder only; a kill -9 leaves the last one behind.
    deleteRecursively(dir);
    Files.createDirectories(dir);
    Map<String, String> env = builder.environment();
    env.put("WLP_JAR_EXTRACT_DIR", dir.toString());
    env.put("HTTP_PORT", String.valueOf(HTTP_PORT));
    env.put("HTTPS_PORT", String.valueOf(HTTPS_PORT));
    env.put("HTTP_HOST", "localhost");
    env.put("DB_HOST", "localhost");
    env.put("DB_PORT", String.valueOf(dbPort));
    env.put("DB_NAME", "roster");
    env.put("DB_USER", "roster");
    env.put("DB_PASSWORD", "roster");
    env.put("ROSTER_ADMIN_USER", AdminApi.USER);
    env.put("ROSTER_ADMIN_PASSWORD", AdminApi.PASSWORD);
    env.putAll(extraEnv);
    process = builder.start();
    awaitReady(Duration.ofSeconds(240));
    return this;
  }

  /** Waits for {@code /health/ready} to answer 200 (UP). */
  void awaitReady(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue());
      }
      if (readyStatus() == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + limit);
  }

  /** The status of {@code /health/ready}, or -1 when nothing answers. */
  int readyStatus() {
    try {
      return get("/health/ready").statusCode();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  HttpResponse<String> get(String path) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)),
        "GET",
        null,
        null);
  }

  /** A call to {@code /api} as the first admin. */
  HttpResponse<String> admin(String method, String path, String json) {
    return AdminApi.sendTo(base(), AdminApi.USER, AdminApi.PASSWORD, method, path, json);
  }

  /** SCIM switched on, and a client with a fresh token. */
  ScimClient scim() {
    return new ScimClient(base() + "/scim", Map.of("Authorization", "Bearer " + newToken()));
  }

  String newToken() {
    if (admin("PUT", "/api/admin/scim", "{\"enabled\": true}").statusCode() != 200) {
      throw new IllegalStateException("SCIM not switched on at " + name);
    }
    HttpResponse<String> created =
        admin("POST", "/api/admin/scim/tokens", "{\"name\": \"" + name + "\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("No token from " + name + ": " + created.body());
    }
    return Http.json(created).getString("token");
  }

  /** A crash: SIGKILL, no shutdown of any kind. */
  void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly().waitFor();
  }

  /** An orderly stop (SIGTERM: Liberty's shutdown hook stops the server). */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static String javaCommand() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString()
        + (File.separatorChar == '\\' ? ".exe" : "");
  }
}
