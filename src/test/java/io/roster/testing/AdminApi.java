package io.roster.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls {@code /api/...} of the test server as its first admin (src/test/liberty/server.env).
 * Usable from client-side ITs and, with {@link #BASE}, from in-container ones.
 */
public final class AdminApi {
  public static final String BASE =
      "http://localhost:" + System.getProperty("roster.test.http.port", "9180");
  public static final String USER = "admin";
  public static final String PASSWORD = "roster-test-admin-password";

  private AdminApi() {}

  public static HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  public static HttpResponse<String> send(String method, String path, String json) {
    return sendAs(USER, PASSWORD, method, path, json);
  }

  public static HttpResponse<String> sendAs(
      String user, String password, String method, String path, String json) {
    return sendTo(BASE, user, password, method, path, json);
  }

  /** The same call to another Roster node at {@code base}. */
  public static HttpResponse<String> sendTo(
      String base, String user, String password, String method, String path, String json) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic),
        method,
        json,
        "application/json");
  }
}
