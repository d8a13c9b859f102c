package io.roster.sso;

import io.roster.testing.AdminApi;
import io.roster.testing.HttpBrowser;
import io.roster.testing.Keycloak;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's part in an OpenID Connect sign-in, over plain HTTP: Keycloak's login form posted. */
final class OidcBrowser extends HttpBrowser {
  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

  /** Signs in through Keycloak as {@code user}; the answer the browser ends on. */
  HttpResponse<String> signIn(String user, String returnTo) {
    String start =
        AdminApi.BASE
            + "/sso/oidc/login"
            + (returnTo == null
                ? ""
                : "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
    return postLoginForm(get(start), user);
  }

  /** Signs in as {@code user} on Keycloak's login page; the answer the browser ends on. */
  HttpResponse<String> postLoginForm(HttpResponse<String> loginPage, String user) {
    Matcher form = LOGIN_FORM.matcher(loginPage.body());
    if (loginPage.statusCode() != 200 || !form.find()) {
      throw new AssertionError(
          "No Keycloak login form at " + loginPage.uri() + ": " + loginPage.statusCode());
    }
    Matcher action = ACTION.matcher(form.group());
    action.find();
    return follow(
        post(
            unescape(action.group(1)),
            Map.of("username", user, "password", Keycloak.password(user), "credentialId", "")));
  }

  /** A form post to a console page as a browser on the console's own origin sends it. */
  HttpResponse<String> post(String path, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", AdminApi.BASE)
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }
}
