package io.roster.console;

import io.roster.admin.AdminAccounts;
import io.roster.audit.AuditLog;
import io.roster.audit.AuditRecord;
import io.roster.audit.CurrentActor;
import io.roster.events.Action;
import io.roster.role.PersonAccess;
import io.roster.session.ConsoleKeys;
import io.roster.session.ConsoleSession;
import io.roster.session.ConsoleSessions;
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
import java.util.Optional;

/**
 * Guards every console page: a valid login cookie (else to the login page), a same-origin and
 * Faces-state-carrying POST (else 403), the level {@link ConsoleAccess} asks for the page or action
 * (else 403, and a refused post is audited), the person as the audit actor, and headers that keep
 * pages out of caches and frames. A provisioned person's access is read from PostgreSQL on every
 * request, so a deactivation or a change of roles counts at their next click on every node; a
 * deactivated person (or one left without console access) is signed out.
 */
@WebFilter("/console/*")
public class ConsoleFilter extends HttpFilter {
  static final String LOGIN = "/console/login.xhtml";
  static final String PASSWORD = "/console/password.xhtml";

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
  @Inject PersonAccess people;
  @Inject AuditLog auditLog;

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
      Optional<SignedIn> found = signedIn(check.session());
      if (found.isEmpty()) {
        sessions.revoke(check.session());
        toLogin(request, response, "ended=true");
        return;
      }
      SignedIn who = found.get();
      currentActor.set(who.actor());
      request.setAttribute(SignedIn.ATTRIBUTE, who);
      sessions.touch(check.session(), request, response);
      if (loginPage && "GET".equals(request.getMethod())) {
        response.sendRedirect(request.getContextPath() + "/console/");
        return;
      }
      if (who.isAdminAccount()
          && !page(request).equals(PASSWORD)
          && accounts.mustChangePassword(who.name())) {
        // Until a password someone else chose is replaced, the console is this one page.
        response.sendRedirect(request.getContextPath() + PASSWORD);
        return;
      }
      if (!allowed(who, request, response)) {
        return;
      }
    } else if (!loginPage) {
      toLogin(
          request, response, check.state() == ConsoleSessions.State.EXPIRED ? "expired=true" : "");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The session's person: an admin account as it is, a provisioned person with their access read
   * now; empty when that person was deleted, is deactivated or has lost access to the console.
   */
  private Optional<SignedIn> signedIn(ConsoleSession session) {
    if (!session.isUser()) {
      return Optional.of(SignedIn.admin(session));
    }
    return people
        .of(session.user())
        .filter(PersonAccess.Person::active)
        .map(person -> SignedIn.person(session, person))
        .filter(who -> who.has(ConsoleAccess.SIGN_IN));
  }

  /** 403 when the person lacks the page's or action's level; a refused post is audited. */
  private boolean allowed(SignedIn who, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean post = "POST".equals(request.getMethod());
    ConsoleAccess.Need need =
        ConsoleAccess.need(page(request), post, request.getParameterMap().keySet());
    if (who.has(need)) {
      return true;
    }
    if (post) {
      auditLog.record(
          who.actor(),
          new AuditRecord(
              Action.CONSOLE_ACCESS_REFUSED,
              "Page",
              null,
              page(request),
              AuditRecord.REJECTED,
              "needs " + need.area() + ": " + need.level().wire()));
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
    return false;
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

  /** To the login page, with {@code reason} (a query parameter the page explains, or empty). */
  private void toLogin(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    if (!reason.isEmpty()) {
      sessions.clear(request, response);
    }
    String next = "GET".equals(request.getMethod()) ? request.getRequestURI() : null;
    if (next != null && request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    String query = reason;
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
