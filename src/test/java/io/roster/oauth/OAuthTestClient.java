package io.roster.oauth;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An OAuth client created through the admin API, with its first secret, and the calls an identity
 * provider makes with it: the token endpoint, then SCIM with the access token.
 */
record OAuthTestClient(String clientId, String secretId, String secret) {
  static final String CLIENTS = "/api/admin/oauth/clients";

  /** Turns SCIM on and creates a client with default lifetimes. */
  static OAuthTestClient create(String name) {
    ScimTestClient.enableScim(true);
    HttpResponse<String> created = AdminApi.send("POST", CLIENTS, "{\"name\": \"" + name + "\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Client not created: " + created.body());
    }
    JsonObject json = Http.json(created);
    JsonObject secret = json.getJsonObject("secret");
    return new OAuthTestClient(
        json.getJsonObject("client").getString("clientId"),
        secret.getString("id"),
        secret.getString("secret"));
  }

  String path() {
    return CLIENTS + "/" + clientId;
  }

  /** client_secret_basic, credentials URL-encoded as RFC 6749 §2.3.1 asks. */
  HttpResponse<String> tokenWithBasic(String secret) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
    return token(form("grant_type", "client_credentials"), "Basic " + basic);
  }

  HttpResponse<String> tokenWithPost(String secret) {
    return token(
        form("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret),
        null);
  }

  /** A fresh access token by client_secret_basic. */
  String accessToken() {
    HttpResponse<String> answer = tokenWithBasic(secret);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("No token: " + answer.body());
    }
    return Http.json(answer).getString("access_token");
  }

  static HttpResponse<String> token(String form, String authorization) {
    return tokenAt(AdminApi.BASE + "/oauth/token", form, authorization);
  }

  /** A form post to a token endpoint, Roster's or an identity provider's. */
  static HttpResponse<String> tokenAt(String endpoint, String form, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Http.send(request, "POST", form, "application/x-www-form-urlencoded");
  }

  static String form(String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static HttpResponse<String> scim(String accessToken, String method, String path, String json) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + path))
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "application/scim+json"),
        method,
        json,
        "application/scim+json");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
