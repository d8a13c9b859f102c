package io.roster.sso;

import io.roster.testing.AdminApi;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's part in an OpenID Connect sign-in, over plain HTTP: follows redirects itself, posts
 * Keycloak's login form, keeps cookies (Keycloak marks its cookies Secure even on http://localhost,
 * which the JDK would then never send back, so the flag is dropped here).
 */
final class OidcBrowser {
  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

  private final CookieManager cookies = new InsecureCookies();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .version(HttpClient.Version.HTTP_1_1) // Liberty drops form bodies of an h2c upgrade
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** This browser's cookies, for a {@code ConsoleClient} acting in another tab. */
  CookieManager cookies() {
    return cookies;
  }

  /** Signs in through Keycloak as {@code user}; the answer the browser ends on. */
  HttpResponse<String> signIn(String user, String returnTo) {
    String start =
        AdminApi.BASE
            + "/sso/oidc/login"
            + (returnTo == null ? "" : "?returnTo=" + encode(returnTo));
    return postLoginForm(get(start), user);
  }

  /** Starts at {@code url} (a Test sign-in) and signs in through Keycloak as {@code user}. */
  HttpResponse<String> postLoginForm(HttpResponse<String> loginPage, String user) {
    Matcher form = LOGIN_FORM.matcher(loginPage.body());
    if (loginPage.statusCode() != 200 || !form.find()) {
      throw new AssertionError(
          "No Keycloak login form at " + loginPage.uri() + ": " + loginPage.statusCode());
    }
    Matcher action = ACTION.matcher(form.group());
    action.find();
    String target = action.group(1).replace("&amp;", "&");
    String body =
        Map.of("username", user, "password", "keycloak-" + user + "-password", "credentialId", "")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return follow(
        HttpRequest.newBuilder(URI.create(target))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** GET, following redirects. */
  HttpResponse<String> get(String url) {
    return follow(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  /** GET once, without following a redirect. */
  HttpResponse<String> getOnce(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  /** A form post to a console page as a browser on the console's own origin sends it. */
  HttpResponse<String> post(String path, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", AdminApi.BASE)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private HttpResponse<String> follow(HttpRequest request) {
    HttpResponse<String> answer = send(request);
    for (int hop = 0; hop < 10 && answer.statusCode() / 100 == 3; hop++) {
      URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
      answer = send(HttpRequest.newBuilder(next).GET().build());
    }
    return answer;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Stores cookies without their Secure flag, so that they come back over plain HTTP. */
  private static final class InsecureCookies extends CookieManager {
    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      super.put(
          uri,
          headers.entrySet().stream()
              .filter(e -> e.getKey() != null)
              .collect(
                  Collectors.toMap(
                      Map.Entry::getKey,
                      e ->
                          e.getValue().stream()
                              .map(v -> v.replaceAll("(?i);\\s*Secure", ""))
                              .toList())));
    }
  }
}
