package io.roster.sso;

import io.roster.audit.Actor;
import io.roster.audit.AuditLog;
import io.roster.audit.AuditRecord;
import io.roster.events.Action;
import io.roster.role.AccessLevel;
import io.roster.role.PersonAccess;
import io.roster.role.PersonAccess.Person;
import io.roster.session.ConsoleSessions;
import io.roster.session.ReturnTo;
import io.roster.user.UserLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The end of every SSO sign-in, whatever the protocol: matches the identity to an active
 * SCIM-provisioned user (no just-in-time creation: SCIM is the source of truth), audits {@code
 * sso.login.succeeded} / {@code sso.login.refused} with the reason, and answers with a console
 * session, the refusal page, or Test sign-in's result.
 */
@ApplicationScoped
public class SsoSignIn {
  /** The area and level that let a person into the console at all. */
  static final String CONSOLE = "console";

  @Inject UserLookup users;
  @Inject PersonAccess access;
  @Inject AuditLog auditLog;
  @Inject ConsoleSessions sessions;
  @Inject SsoSettings settings;

  /** Who the identity names, or why nobody may sign in as them (then {@code refusal} is set). */
  record Match(Person person, String refusal) {}

  /**
   * Answers: a redirect to {@code returnTo} (a console page only; the dashboard otherwise) with a
   * console session cookie; the refusal page (403); or, when {@code test} is true, the Test sign-in
   * result page (identity received, the matched user or exactly why none) without signing anyone
   * in. A test works while SSO is off, so that an admin can try the set-up before turning it on.
   */
  public Response finish(
      SsoIdentity identity, String returnTo, boolean test, HttpServletRequest request) {
    String contextPath = request.getContextPath();
    Match match = match(identity);
    if (test) {
      return SsoPages.testResult(contextPath, identity, match.person(), match.refusal());
    }
    String refusal = settings.enabled() ? match.refusal() : "Single sign-on is turned off.";
    if (refusal != null) {
      audit(identity, match.person(), Action.SSO_LOGIN_REFUSED, AuditRecord.REJECTED, refusal);
      return SsoPages.refused(contextPath, refusal);
    }
    Person person = match.person();
    audit(identity, person, Action.SSO_LOGIN_SUCCEEDED, AuditRecord.SUCCESS, "signed in");
    // Absolute, or JAX-RS would resolve the path against this application's base (/sso/...).
    URI target =
        URI.create(request.getRequestURL().toString())
            .resolve(ReturnTo.consolePage(contextPath, returnTo));
    return Response.seeOther(target)
        .header("Set-Cookie", sessions.userSessionCookie(person.id(), request))
        .build();
  }

  /**
   * A sign-in that failed before anyone was named (an expired flow, the IdP's error, a token or
   * assertion that failed its checks): audited as {@code sso.login.refused}, answered with the
   * refusal page.
   */
  public Response refuse(
      String protocol, String issuer, String reason, HttpServletRequest request) {
    auditLog.record(
        Actor.ANONYMOUS,
        new AuditRecord(
            Action.SSO_LOGIN_REFUSED,
            "User",
            null,
            null,
            AuditRecord.REJECTED,
            protocol + " from " + issuer + ": " + reason));
    return SsoPages.refused(request.getContextPath(), reason);
  }

  /** The one active, provisioned user the identity names, with access to the console. */
  Match match(SsoIdentity identity) {
    String attribute = identity.matchAttribute().scimName();
    String value = identity.matchValue();
    if (value == null || value.isBlank()) {
      return new Match(
          null, "The identity provider sent no value to match against " + attribute + ".");
    }
    List<UserLookup.Account> found =
        switch (identity.matchAttribute()) {
          case USER_NAME -> users.byUserName(value).stream().toList();
          case EMAIL -> users.byEmail(value);
          case EXTERNAL_ID -> users.byExternalId(value);
        };
    if (found.isEmpty()) {
      return new Match(
          null,
          "No Roster user has "
              + attribute
              + " “"
              + value
              + "”. Only people provisioned to Roster through SCIM can sign in.");
    }
    if (found.size() > 1) {
      return new Match(
          null,
          found.size()
              + " Roster users have "
              + attribute
              + " “"
              + value
              + "”, so none is chosen.");
    }
    Person person = access.of(found.get(0).id()).orElse(null);
    if (person == null) {
      return new Match(null, "The Roster user “" + found.get(0).userName() + "” was just deleted.");
    }
    if (!person.active()) {
      return new Match(person, "The Roster user “" + person.userName() + "” is deactivated.");
    }
    if (!person.has(CONSOLE, AccessLevel.VIEW)) {
      return new Match(
          person,
          "The Roster user “"
              + person.userName()
              + "” has no access to the console (console: none): none of their roles grants it.");
    }
    return new Match(person, null);
  }

  private void audit(
      SsoIdentity identity, Person person, Action action, String outcome, String result) {
    Actor actor =
        person == null ? Actor.ANONYMOUS : Actor.user(person.id().toString(), person.userName());
    auditLog.record(
        actor,
        new AuditRecord(
            action,
            "User",
            person == null ? null : person.id().toString(),
            person == null ? null : person.userName(),
            outcome,
            identity.protocol()
                + " from "
                + identity.issuer()
                + ", "
                + identity.matchAttribute().scimName()
                + "="
                + identity.matchValue()
                + ": "
                + result));
  }
}
