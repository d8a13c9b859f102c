package io.roster.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Builds requests to one Roster, with its bearer token when one is given, and sends them. */
final class Http {
  static final String SCIM_JSON = "application/scim+json";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String token;

  Http(URI base, String token) {
    this.base = base.toString();
    this.token = token;
  }

  HttpRequest get(String path) {
    return builder(path).GET().build();
  }

  HttpRequest send(String method, String path, JsonObject body) {
    return builder(path)
        .header("Content-Type", SCIM_JSON)
        .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  HttpResponse<byte[]> exchange(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A query parameter value, with spaces as %20: a '+' is a literal plus to some servers. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Accept", SCIM_JSON);
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }
}
