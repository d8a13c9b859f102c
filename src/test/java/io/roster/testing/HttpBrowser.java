package io.roster.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser does in a sign-in through an identity provider, over plain HTTP with {@code
 * java.net.http}: keeps cookies, follows redirects hop by hop, posts forms. Keycloak marks its
 * cookies Secure even on http://localhost, which the JDK would then never send back over HTTP: the
 * flag is dropped as cookies are stored. HTTP/1.1, as Liberty drops the form body of an h2c
 * upgrade.
 */
public class HttpBrowser {
  private final CookieManager cookies = new PlainHttpCookies();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(cookies)
          .build();

  /** This browser's cookies, for another client acting in another tab of it. */
  public CookieManager cookies() {
    return cookies;
  }

  /** GET, following redirects; the answer the browser ends on. */
  public HttpResponse<String> get(String url) {
    return follow(getOnce(url));
  }

  /** GET once, without following a redirect. */
  public HttpResponse<String> getOnce(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** Posts {@code form} url-encoded to {@code url}; a redirect is not followed. */
  public HttpResponse<String> post(String url, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Follows the redirects {@code answer} starts (ten at most); the answer it ends on. */
  public HttpResponse<String> follow(HttpResponse<String> answer) {
    for (int hop = 0; hop < 10 && answer.statusCode() / 100 == 3; hop++) {
      URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
      answer = send(HttpRequest.newBuilder(next).GET());
    }
    return answer;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTML attribute's value as text (the entities Keycloak's forms use). */
  public static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#x3d;", "=").replace("&#61;", "=");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Stores cookies without their Secure flag, so that they come back over plain HTTP. */
  private static final class PlainHttpCookies extends CookieManager {
    PlainHttpCookies() {
      super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      Map<String, List<String>> plain = new HashMap<>();
      headers.forEach(
          (name, values) ->
              plain.put(
                  name,
                  name != null && name.equalsIgnoreCase("Set-Cookie")
                      ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure", "")).toList()
                      : values));
      super.put(uri, plain);
    }
  }
}
