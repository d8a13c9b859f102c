package io.roster.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A browser's part in the console, over plain HTTP: one cookie jar for every node (cookies are not
 * bound to a port), the login form and the sign-out button posted as a browser posts them.
 */
public final class ConsoleClient {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

  private final CookieManager cookies;
  // HTTP/1.1 as a browser on plain HTTP: an h2c upgrade the client drops leaves Liberty's request
  // thread waiting, and the application cannot stop.
  private final HttpClient http;

  public ConsoleClient() {
    this(new CookieManager());
  }

  /** A client sharing {@code cookies} with another, as tabs of one browser do. */
  public ConsoleClient(CookieManager cookies) {
    this.cookies = cookies;
    http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
  }

  /** A browser that reaches the console over HTTPS, trusting what {@code tls} trusts. */
  public ConsoleClient(SSLContext tls) {
    cookies = new CookieManager();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .sslContext(tls)
            .build();
  }

  /** The cookies the console has set in this browser. */
  public List<HttpCookie> cookies() {
    return cookies.getCookieStore().getCookies();
  }

  /** Signs in at {@code base}; true when the console accepted the password. */
  public boolean signIn(String base, String user, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login:next", "");
    fields.put("login:userName", user);
    fields.put("login:password", password);
    fields.put("login:submit", "Sign in");
    HttpResponse<String> answer = submit(base, "/console/login.xhtml", "login", fields);
    return answer.statusCode() == 302 && !location(answer).contains("login.xhtml");
  }

  /** Presses "Sign out" on a console page of {@code base}. */
  public void signOut(String base) {
    HttpResponse<String> answer =
        submit(base, "/console/", "signout", Map.of("signout:button", "Sign out"));
    if (answer.statusCode() != 302) {
      throw new IllegalStateException("sign-out answered " + answer.statusCode());
    }
  }

  /** True when {@code base} shows the dashboard instead of sending this browser to sign in. */
  public boolean signedIn(String base) {
    return get(base + "/console/").statusCode() == 200;
  }

  /** Where {@code base + page} sends this browser, or "" when it shows the page. */
  public String redirectOf(String base, String page) {
    return location(get(base + page));
  }

  private HttpResponse<String> submit(
      String base, String page, String formId, Map<String, String> fields) {
    String form = form(base + page, formId);
    Map<String, String> body = new LinkedHashMap<>(fields);
    // MyFaces recognises the submitted form by this field.
    body.put(formId + "_SUBMIT", "1");
    body.put("jakarta.faces.ViewState", find(VIEW_STATE, form));
    String encoded =
        body.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String action = find(ACTION, form).replace("&amp;", "&");
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded)));
  }

  /**
   * The form's HTML. A page is sometimes cut short right before its view state; a browser would
   * show it broken and the user reload it, so does this client (three times at most).
   */
  private String form(String url, String formId) {
    for (int attempt = 1; ; attempt++) {
      String html = get(url).body();
      int start = html.indexOf("<form id=\"" + formId + "\"");
      int end = start < 0 ? -1 : html.indexOf("</form>", start);
      if (end > 0) {
        return html.substring(start, end);
      }
      if (attempt == 3) {
        throw new IllegalStateException("no complete form " + formId + " at " + url + ": " + html);
      }
    }
  }

  private HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /**
   * Sends with a time limit, once more after a timeout: a console answer over a reused connection
   * has been seen to stall (see {@link #form}).
   */
  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(Duration.ofSeconds(15)).build();
    for (int attempt = 1; ; attempt++) {
      try {
        return http.send(built, HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException e) {
        if (attempt == 3) {
          throw new IllegalStateException(built.uri() + " did not answer", e);
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String location(HttpResponse<String> answer) {
    return answer.headers().firstValue("Location").orElse("");
  }

  private static String find(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("not found: " + pattern);
    }
    return m.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
