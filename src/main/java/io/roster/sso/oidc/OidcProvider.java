package io.roster.sso.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An identity provider's endpoints and keys: its discovery document, fetched by Roster itself (over
 * http too, for a test IdP) and kept five minutes per issuer URL, and its JWKS through Nimbus's
 * {@link JWKSourceBuilder} (cached five minutes, fetched again at once for an unknown {@code kid},
 * as in {@code oauth.JwksSources}). Both are keyed by URL, so a changed setting is used at the next
 * sign-in; what a node may hold too long is the IdP's own published data, for five minutes.
 */
@ApplicationScoped
public class OidcProvider {
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  static final Duration KEEP = Duration.ofMinutes(5);
  static final int SIZE_LIMIT = 256 * 1024;

  /** What Roster uses of a discovery document. */
  public record Endpoints(
      String issuer, URI authorization, URI token, URI jwks, boolean basicAuthentication) {}

  /** The IdP could not be reached or answered something unusable; the message says which. */
  public static class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }

  private record Cached(Endpoints endpoints, Instant until) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, Cached> discovered = new ConcurrentHashMap<>();
  private final Map<URI, JWKSource<SecurityContext>> keys = new ConcurrentHashMap<>();

  public Endpoints endpoints(String issuer) {
    Cached cached = discovered.get(issuer);
    if (cached != null && Instant.now().isBefore(cached.until())) {
      return cached.endpoints();
    }
    Endpoints endpoints = discover(issuer);
    discovered.put(issuer, new Cached(endpoints, Instant.now().plus(KEEP)));
    return endpoints;
  }

  JWKSource<SecurityContext> keys(URI jwks) {
    return keys.computeIfAbsent(
        jwks,
        uri -> {
          try {
            return JWKSourceBuilder.create(
                    uri.toURL(),
                    new DefaultResourceRetriever(
                        (int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis(), SIZE_LIMIT))
                .retrying(false)
                .build();
          } catch (MalformedURLException e) {
            throw new Unavailable("The jwks_uri " + uri + " is not a URL.");
          }
        });
  }

  /** POSTs a form to the token endpoint and answers the JSON it returns, whatever its status. */
  JsonObject post(URI endpoint, String form, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return json(send(request.build(), "the token endpoint"), "the token endpoint");
  }

  private Endpoints discover(String issuer) {
    URI uri = URI.create(issuer + "/.well-known/openid-configuration");
    HttpResponse<String> answer =
        send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), "discovery");
    if (answer.statusCode() != 200) {
      throw new Unavailable(
          "The identity provider's discovery document "
              + uri
              + " answered "
              + answer.statusCode()
              + ".");
    }
    return endpoints(issuer, json(answer, "discovery"));
  }

  /** The endpoints of a discovery document, which must name exactly the configured issuer. */
  static Endpoints endpoints(String issuer, JsonObject document) {
    String named = document.getString("issuer", "");
    if (!named.equals(issuer)) {
      throw new Unavailable(
          "The discovery document names the issuer " + named + ", not " + issuer + ".");
    }
    List<String> methods =
        document.containsKey("token_endpoint_auth_methods_supported")
            ? document.getJsonArray("token_endpoint_auth_methods_supported").stream()
                .filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString())
                .toList()
            : List.of("client_secret_basic"); // the default of OpenID Connect Discovery
    return new Endpoints(
        named,
        required(document, "authorization_endpoint"),
        required(document, "token_endpoint"),
        required(document, "jwks_uri"),
        methods.contains("client_secret_basic"));
  }

  private static URI required(JsonObject document, String name) {
    String value = document.getString(name, "");
    try {
      URI uri = URI.create(value);
      if (uri.getScheme() != null && uri.getScheme().startsWith("http")) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // told below
    }
    throw new Unavailable("The discovery document has no usable " + name + ".");
  }

  private HttpResponse<String> send(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Unavailable(
          "The identity provider's " + what + " could not be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("Interrupted while calling the identity provider's " + what + ".");
    }
  }

  private static JsonObject json(HttpResponse<String> answer, String what) {
    if (answer.body().length() > SIZE_LIMIT) {
      throw new Unavailable("The identity provider's " + what + " answer is too large.");
    }
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
      throw new Unavailable(
          "The identity provider's "
              + what
              + " answered "
              + answer.statusCode()
              + " without JSON.");
    }
  }
}
