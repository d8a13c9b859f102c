package io.roster.sso.saml;

import io.roster.testing.HttpBrowser;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does in a SAML sign-in: posts Keycloak's login form and re-posts the SAML
 * auto-submit form.
 */
final class SamlBrowser extends HttpBrowser {
  private static final Pattern LOGIN_FORM =
      Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
  private static final Pattern SAML_FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final Pattern SAML_RESPONSE =
      Pattern.compile("name=\"SAMLResponse\"\\s+value=\"([^\"]+)\"");

  /** A SAML response on its way to Roster: where Keycloak's form posts it, and its value. */
  record Posted(String acsUrl, String samlResponse) {}

  /** Signs in on Keycloak's login page (if it shows one) and answers the SAML form it ends on. */
  Posted signInAtKeycloak(HttpResponse<String> page, String user, String password) {
    Matcher login = LOGIN_FORM.matcher(page.body());
    if (login.find()) {
      page =
          follow(
              post(
                  unescape(login.group(1)),
                  Map.of("username", user, "password", password, "credentialId", "")));
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
}
