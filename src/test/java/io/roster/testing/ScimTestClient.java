package io.roster.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A SCIM client for integration tests: {@link #create()} turns SCIM on and creates a fresh bearer
 * token through the admin API, then every call carries it.
 *
 * <pre>{@code
 * ScimTestClient scim = ScimTestClient.create();
 * HttpResponse<String> r = scim.post("/scim/Users", "{...}");
 * }</pre>
 */
public final class ScimTestClient {
  private final String token;
  private final String tokenId;

  private ScimTestClient(String token, String tokenId) {
    this.token = token;
    this.tokenId = tokenId;
  }

  /** Enables SCIM (a shared setting; every test that needs it on calls this) and mints a token. */
  public static ScimTestClient create() {
    enableScim(true);
    HttpResponse<String> created =
        AdminApi.send("POST", "/api/admin/scim/tokens", "{\"name\": \"integration test\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Token not created: " + created.body());
    }
    var json = Http.json(created);
    return new ScimTestClient(json.getString("token"), json.getString("id"));
  }

  public static void enableScim(boolean enabled) {
    HttpResponse<String> response =
        AdminApi.send("PUT", "/api/admin/scim", "{\"enabled\": " + enabled + "}");
    if (response.statusCode() != 200) {
      throw new IllegalStateException("SCIM not switched: " + response.body());
    }
  }

  public String token() {
    return token;
  }

  public String tokenId() {
    return tokenId;
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  public HttpResponse<String> post(String path, String json) {
    return send("POST", path, json);
  }

  public HttpResponse<String> put(String path, String json) {
    return send("PUT", path, json);
  }

  public HttpResponse<String> patch(String path, String json) {
    return send("PATCH", path, json);
  }

  public HttpResponse<String> delete(String path) {
    return send("DELETE", path, null);
  }

  public HttpResponse<String> send(String method, String path, String json) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/scim+json"),
        method,
        json,
        "application/scim+json");
  }
}
