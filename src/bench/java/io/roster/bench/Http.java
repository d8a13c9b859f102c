package io.roster.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends requests to one Roster, with its bearer token when one is given. Apache HttpClient
 * (classic, pooled): it costs the shared CPU about a quarter of what java.net.http does per
 * request, and unlike HttpURLConnection it can send PATCH. No retries, so every failure counts.
 */
final class Http implements AutoCloseable {
  static final String SCIM_JSON = "application/scim+json";

  /** A request, independent of any client library. */
  record Call(String method, String path, String body) {
    static Call get(String path) {
      return new Call("GET", path, null);
    }

    static Call send(String method, String path, JsonObject body) {
      return new Call(method, path, body.toString());
    }
  }

  /** A response: its status and body bytes. */
  record Answer(int status, byte[] body) {}

  private final CloseableHttpClient client;
  private final String base;
  private final String token;

  /** The host application's access-scoped token, for {@code /api/access}. */
  private static final String ACCESS_TOKEN = System.getenv("ROSTER_ACCESS_TOKEN");

  Http(URI base, String token) {
    this.base = base.toString();
    this.token = token;
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(1024)
                    .setMaxConnPerRoute(1024)
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(5))
                    .setResponseTimeout(Timeout.ofSeconds(30))
                    .build())
            .disableAutomaticRetries()
            .disableContentCompression()
            .disableRedirectHandling()
            .build();
  }

  Answer exchange(Call call) throws IOException {
    HttpUriRequestBase request =
        new HttpUriRequestBase(call.method(), URI.create(base + call.path()));
    request.setHeader("Accept", call.path().startsWith("/api/") ? "application/json" : SCIM_JSON);
    String bearer = call.path().startsWith("/api/") ? ACCESS_TOKEN : token;
    if (bearer != null) {
      request.setHeader("Authorization", "Bearer " + bearer);
    }
    if (call.body() != null) {
      request.setEntity(
          new StringEntity(call.body(), ContentType.create(SCIM_JSON, StandardCharsets.UTF_8)));
    }
    return client.execute(
        request,
        response ->
            new Answer(
                response.getCode(),
                response.getEntity() == null
                    ? new byte[0]
                    : EntityUtils.toByteArray(response.getEntity())));
  }

  /** A query parameter value, with spaces as %20: a '+' is a literal plus to some servers. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
