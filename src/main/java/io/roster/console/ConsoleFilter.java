package io.roster.console;

import io.roster.admin.AdminAccounts;
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
  static final String PASSWORD = "/console/password.xhtml";
  public static final String ADMIN_ATTRIBUTE = "io.roster.console.admin";

  /**
   * Scripts, styles and everything else only from Roster's own files (no inline script or event
   * handler: console.js binds them), images also as {@code data:} URLs (the favicon).
   */
  /** Room for the largest page's encrypted view state and inputs, with margin. */
  static final long MAX_FORM_BYTES = 512 * 1024;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Inject ConsoleSessions sessions;
  @Inject ConsoleKeys keys;
  @Inject CurrentActor currentActor;
  @Inject AdminAccounts accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    secureHeaders(response);
    if ("POST".equals(request.getMethod()) && !withinFormLimit(request, response)) {
      return;
    }
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding("UTF-8"); // before the origin check reads the form
    }
    keys.installFacesKeys(request.getServletContext()); // again after a rotation
    if ("POST".equals(request.getMethod()) && !RequestOrigin.acceptable(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    boolean loginPage = LOGIN.equals(page(request));
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
      if (!page(request).equals(PASSWORD) && accounts.mustChangePassword(admin)) {
        // Until a password someone else chose is replaced, the console is this one page.
        response.sendRedirect(request.getContextPath() + PASSWORD);
        return;
      }
    } else if (!loginPage) {
      toLogin(request, response, check.state() == ConsoleSessions.State.EXPIRED);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * A form post must say its length (browsers always do) and stay within {@link #MAX_FORM_BYTES},
   * checked before anything parses the form; else 411 or 413.
   */
  private static boolean withinFormLimit(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long length = request.getContentLengthLong();
    if (length < 0) {
      response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
      return false;
    }
    if (length > MAX_FORM_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return false;
    }
    return true;
  }

  private static String page(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
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
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  }
}
