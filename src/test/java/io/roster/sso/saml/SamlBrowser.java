package io.roster.sso.saml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does in a SAML sign-in, with {@code java.net.http}: keeps cookies, follows
 * redirects, posts Keycloak's login form and re-posts the SAML auto-submit form. Keycloak marks its
 * cookies Secure even on http://localhost, which the JDK would then never send back over HTTP: the
 * flag is dropped as cookies are stored.
 */
final class SamlBrowser {
  private static final Pattern LOGIN_FORM =
      Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
  private static final Pattern SAML_FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final Pattern SAML_RESPONSE =
      Pattern.compile("name=\"SAMLResponse\"\\s+value=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new PlainHttpCookies())
          .build();

  /** A SAML response on its way to Roster: where Keycloak's form posts it, and its value. */
  record Posted(String acsUrl, String samlResponse) {}

  /** GET, following redirects; answers the last response. */
  HttpResponse<String> get(String url) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
    while (response.statusCode() / 100 == 3) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = send(HttpRequest.newBuilder(next).GET());
    }
    return response;
  }

  /** Signs in on Keycloak's login page (if it shows one) and answers the SAML form it ends on. */
  Posted signInAtKeycloak(HttpResponse<String> page, String user, String password) {
    Matcher login = LOGIN_FORM.matcher(page.body());
    if (login.find()) {
      page =
          post(
              unescape(login.group(1)),
              Map.of("username", user, "password", password, "credentialId", ""));
      while (page.statusCode() / 100 == 3) {
        page =
            get(page.uri().resolve(page.headers().firstValue("Location").orElseThrow()).toString());
      }
    }
    Matcher form = SAML_FORM.matcher(page.body());
    Matcher response = SAML_RESPONSE.matcher(page.body());
    if (!form.find() || !response.find()) {
      throw new AssertionError(
          "No SAML form from Keycloak: " + page.statusCode() + " " + page.body());
    }
    return new Posted(unescape(form.group(1)), unescape(response.group(1)));
  }

  /** Posts the SAML response to Roster's ACS like the auto-submit form; redirects not followed. */
  HttpResponse<String> postToAcs(Posted posted) {
    return post(posted.acsUrl(), Map.of("SAMLResponse", posted.samlResponse()));
  }

  HttpResponse<String> post(String url, Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#x3d;", "=").replace("&#61;", "=");
  }

  /** A cookie store that keeps Secure cookies usable over plain HTTP on localhost. */
  private static final class PlainHttpCookies extends CookieHandler {
    private final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
        throws IOException {
      return manager.get(uri, headers);
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
      manager.put(uri, plain);
    }
  }
}
