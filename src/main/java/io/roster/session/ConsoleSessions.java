package io.roster.session;

import io.roster.audit.Actor;
import io.roster.audit.AuditLog;
import io.roster.audit.AuditRecord;
import io.roster.events.Action;
import io.roster.platform.Transport;
import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Console logins as signed cookies: valid on every node, ended by idle time ({@code
 * roster.console.idle-minutes}), by age ({@code roster.console.max-hours}) or by signing out, which
 * is recorded in PostgreSQL so that older cookies of that admin (or SSO user) stop working on every
 * node.
 */
@ApplicationScoped
public class ConsoleSessions {
  static final String COOKIE = "roster_console";
  static final String PATH = "/console";

  /** The last-seen time is rewritten at most this often, not on every request. */
  static final Duration REFRESH = Duration.ofMinutes(1);

  @Inject ConsoleKeys keys;
  @Inject SettingsService settings;
  @Inject AuditLog auditLog;
  @Inject Transport transport;

  @Inject
  @ConfigProperty(name = "roster.console.idle-minutes", defaultValue = "30")
  long idleMinutes;

  @Inject
  @ConfigProperty(name = "roster.console.max-hours", defaultValue = "12")
  long maxHours;

  public enum State {
    NONE,
    EXPIRED,
    VALID
  }

  public record Check(State state, ConsoleSession session) {}

  public Check check(HttpServletRequest request) {
    Optional<ConsoleSession> found =
        Optional.ofNullable(request.getCookies()).stream()
            .flatMap(Arrays::stream)
            .filter(c -> c.getName().equals(COOKIE))
            .findFirst()
            .flatMap(c -> decode(c.getValue()));
    if (found.isEmpty()) {
      return new Check(State.NONE, null);
    }
    ConsoleSession session = found.get();
    if (timedOut(
            session, Instant.now(), Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours))
        || signedOutSince(session)) {
      return new Check(State.EXPIRED, session);
    }
    return new Check(State.VALID, session);
  }

  /** Signed with the current key, or during a rotation with the previous one. */
  private Optional<ConsoleSession> decode(String value) {
    return keys.sessionKeys().stream()
        .map(key -> ConsoleSession.decode(value, key))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Idle for longer than {@code idle}, or signed in longer ago than {@code max}, at {@code now}.
   */
  static boolean timedOut(ConsoleSession session, Instant now, Duration idle, Duration max) {
    return now.isAfter(session.lastSeen().plus(idle)) || now.isAfter(session.issuedAt().plus(max));
  }

  public void start(String admin, HttpServletRequest request, HttpServletResponse response) {
    Instant now = Instant.now();
    write(new ConsoleSession(admin, now, now), request, response);
  }

  /**
   * The {@code Set-Cookie} header value that signs a SCIM-provisioned user in (after SSO), for
   * answers that are not servlet responses.
   */
  public String userSessionCookie(UUID user, HttpServletRequest request) {
    ConsoleSession session = ConsoleSession.ofUser(user, Instant.now());
    Cookie cookie = cookie(session.encode(keys.sessionKey()), -1, transport.secure(request));
    return COOKIE
        + "="
        + cookie.getValue()
        + "; Path="
        + PATH
        + "; HttpOnly; SameSite=Lax"
        + (cookie.getSecure() ? "; Secure" : "");
  }

  /** Slides the idle timeout forward, once a minute at most. */
  public void touch(ConsoleSession session, HttpServletRequest req, HttpServletResponse resp) {
    Instant now = Instant.now();
    if (now.isAfter(session.lastSeen().plus(REFRESH))) {
      write(session.seenAt(now), req, resp);
    }
  }

  /**
   * Signs the person out here and on every node: cookies issued before now stop working.
   *
   * @param actor the person as the audit log names them (an SSO user by id and userName)
   */
  public void end(
      ConsoleSession session,
      Actor actor,
      HttpServletRequest request,
      HttpServletResponse response) {
    revoke(session);
    auditLog.record(
        actor,
        new AuditRecord(
            session.isUser() ? Action.SSO_LOGOUT : Action.ADMIN_LOGOUT,
            session.isUser() ? "User" : "Admin",
            actor.id(),
            actor.name(),
            AuditRecord.SUCCESS,
            "signed out of the console"));
    clear(request, response);
  }

  /** Every cookie of this person issued until now stops working, on every node. */
  public void revoke(ConsoleSession session) {
    settings.put(signOutKey(session), Long.toString(Instant.now().toEpochMilli()));
  }

  public void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie("", 0, transport.secure(request)));
  }

  private boolean signedOutSince(ConsoleSession session) {
    return settings
        .get(signOutKey(session))
        .map(Long::parseLong)
        .map(at -> session.issuedAt().toEpochMilli() < at)
        .orElse(false);
  }

  private void write(ConsoleSession session, HttpServletRequest req, HttpServletResponse resp) {
    resp.addCookie(cookie(session.encode(keys.sessionKey()), -1, transport.secure(req)));
  }

  private static Cookie cookie(String value, int maxAge, boolean secure) {
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setPath(PATH);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  static String signOutKey(ConsoleSession session) {
    return session.isUser()
        ? "console.user-signed-out." + session.user()
        : "console.signed-out." + session.admin();
  }
}
