package io.roster.console.settings;

import io.roster.sso.oidc.OidcFlow;
import io.roster.sso.oidc.OidcProvider;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /console/settings/sso-test-oidc}: Settings → SSO's Test sign-in for OpenID Connect, opened
 * in a new tab. Under {@code /console/settings}, so only people with {@code console: admin} reach
 * it; the flow ends on the result page and signs nobody in, and it works while SSO is off.
 */
@WebServlet("/console/settings/sso-test-oidc")
public class OidcTestStart extends HttpServlet {
  @Inject OidcFlow flow;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      OidcFlow.Redirect redirect = flow.start(null, true, request);
      response.addHeader("Set-Cookie", redirect.setCookie());
      response.sendRedirect(redirect.location().toString());
    } catch (IllegalStateException | OidcProvider.Unavailable e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Test sign-in cannot start: " + e.getMessage());
    }
  }
}
