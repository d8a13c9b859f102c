package io.roster.console;

import io.roster.audit.Actor;
import io.roster.audit.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Guards every console page: a valid login cookie (else to the login page), a same-origin and
 * Faces-state-carrying POST (else 403), the admin as the audit actor, and headers that keep pages
 * out of caches and frames.
 */
@WebFilter("/console/*")
public class ConsoleFilter extends HttpFilter {
  static final String LOGIN = "/console/login.xhtml";
  public static final String ADMIN_ATTRIBUTE = "io.roster.console.admin";

  @Inject ConsoleSessions sessions;
  @Inject ConsoleKeys keys;
  @Inject CurrentActor currentActor;

  private volatile boolean facesKeysInstalled;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    secureHeaders(response);
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding("UTF-8"); // before the origin check reads the form
    }
    if (!facesKeysInstalled) {
      keys.installFacesKeys(request.getServletContext());
      facesKeysInstalled = true;
    }
    if ("POST".equals(request.getMethod()) && !RequestOrigin.acceptable(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    boolean loginPage =
        LOGIN.equals(request.getRequestURI().substring(request.getContextPath().length()));
    ConsoleSessions.Check check = sessions.check(request);
    if (check.state() == ConsoleSessions.State.VALID) {
      String admin = check.session().admin();
      currentActor.set(Actor.admin(admin));
      request.setAttribute(ADMIN_ATTRIBUTE, admin);
      sessions.touch(check.session(), request, response);
      if (loginPage && "GET".equals(request.getMethod())) {
        response.sendRedirect(request.getContextPath() + "/console/");
        return;
      }
    } else if (!loginPage) {
      toLogin(request, response, check.state() == ConsoleSessions.State.EXPIRED);
      return;
    }
    chain.doFilter(request, response);
  }

  private void toLogin(HttpServletRequest request, HttpServletResponse response, boolean expired)
      throws IOException {
    if (expired) {
      sessions.clear(request, response);
    }
    String next = "GET".equals(request.getMethod()) ? request.getRequestURI() : null;
    if (next != null && request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    String query = expired ? "expired=true" : "";
    if (next != null) {
      query +=
          (query.isEmpty() ? "" : "&") + "next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
    String url = request.getContextPath() + LOGIN + (query.isEmpty() ? "" : "?" + query);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;")
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(url);
  }

  private static void secureHeaders(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }
}
