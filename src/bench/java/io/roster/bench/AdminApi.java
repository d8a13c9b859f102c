package io.roster.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Roster's admin API ({@code /api/admin/...}) with the admin account of {@code ROSTER_ADMIN_USER} /
 * {@code ROSTER_ADMIN_PASSWORD} (HTTP Basic), for the runs that set the server up as an operator
 * would. Not a load path: a JDK client, one request at a time.
 */
final class AdminApi {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int RETRIES = 10;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String basic;

  private AdminApi(String base, String basic) {
    this.base = base;
    this.basic = basic;
  }

  /**
   * @throws IllegalStateException when the admin credentials are not in the environment
   */
  static AdminApi fromEnvironment(URI url) {
    String user = System.getenv("ROSTER_ADMIN_USER");
    String password = System.getenv("ROSTER_ADMIN_PASSWORD");
    if (user == null || user.isBlank() || password == null || password.isEmpty()) {
      throw new IllegalStateException(
          "set ROSTER_ADMIN_USER and ROSTER_ADMIN_PASSWORD (the server's admin account)");
    }
    String credentials = user.trim() + ":" + password;
    return new AdminApi(
        url.toString(),
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * One call; a 503 (the server's budget of password checks for an address that has not signed in
   * lately, README "Password checks under attack") is retried after its {@code Retry-After}.
   *
   * @param json the body, or null for none
   * @throws IllegalStateException when there is no answer
   */
  HttpResponse<String> send(String method, String path, String json) {
    HttpResponse<String> answer = sendOnce(method, path, json);
    for (int retry = 0; answer.statusCode() == 503 && retry < RETRIES; retry++) {
      try {
        Thread.sleep(1000L * answer.headers().firstValueAsLong("Retry-After").orElse(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + path + ": interrupted", e);
      }
      answer = sendOnce(method, path, json);
    }
    return answer;
  }

  private HttpResponse<String> sendOnce(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic)
            .header("Accept", "application/json")
            .timeout(TIMEOUT);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + ": interrupted", e);
    }
  }

  static JsonObject parse(String body) {
    try (JsonReader reader = UserJson.JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
