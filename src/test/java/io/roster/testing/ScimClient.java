package io.roster.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A plain HTTP client for the SCIM endpoint of the integration-test server. */
public final class ScimClient {
  public static final String BASE =
      "http://localhost:" + System.getProperty("roster.test.http.port", "9180");
  // HTTP/1.1: under load Liberty may end a shared h2c connection (GOAWAY) and fail every request on
  // it.
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String scimBase;
  private final Map<String, String> headers;

  public ScimClient(String scimBase, Map<String, String> headers) {
    this.scimBase = scimBase;
    this.headers = headers;
  }

  /** The headers sent with every request (such as Authorization). */
  public Map<String, String> headers() {
    return headers;
  }

  public static ScimClient anonymous() {
    return new ScimClient(BASE + "/scim", Map.of());
  }

  public Response get(String path, String... headerPairs) {
    return send("GET", path, null, headerPairs);
  }

  public Response post(String path, String body, String... headerPairs) {
    return send("POST", path, body, headerPairs);
  }

  public Response put(String path, String body, String... headerPairs) {
    return send("PUT", path, body, headerPairs);
  }

  public Response patch(String path, String body, String... headerPairs) {
    return send("PATCH", path, body, headerPairs);
  }

  public Response delete(String path, String... headerPairs) {
    return send("DELETE", path, null, headerPairs);
  }

  public static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public Response send(String method, String path, String body, String... headerPairs) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(scimBase + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/scim+json");
    }
    headers.forEach(request::header);
    for (int i = 0; i < headerPairs.length; i += 2) {
      request.setHeader(headerPairs[i], headerPairs[i + 1]);
    }
    try {
      return new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  /** An answer with its JSON body parsed on demand. */
  public record Response(HttpResponse<String> http) {
    public int status() {
      return http.statusCode();
    }

    public JsonObject json() {
      JsonStructure json = Json.createReader(new StringReader(http.body())).read();
      return json.asJsonObject();
    }

    public String header(String name) {
      return http.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return http.body();
    }

    @Override
    public String toString() {
      return http.statusCode() + " " + http.body();
    }
  }
}
