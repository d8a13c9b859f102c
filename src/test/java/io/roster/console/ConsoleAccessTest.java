package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.audit.Actor;
import io.roster.role.AccessLevel;
import io.roster.session.ConsoleSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The area → console table: what each page and action needs, and who passes. */
class ConsoleAccessTest {
  static final List<String> NO_FORM = List.of();

  @ParameterizedTest(name = "{0} {1} needs {2}: {3}")
  @CsvSource({
    "/console/, GET, console, view",
    "/console/index.xhtml, GET, console, view",
    "/console/users.xhtml, GET, users, view",
    "/console/user.xhtml, GET, users, view",
    "/console/roles.xhtml, GET, roles, view",
    "/console/roles.xhtml, POST, roles, edit",
    "/console/audit.xhtml, GET, audit, view",
    "/console/provisioning.xhtml, GET, audit, view",
    "/console/provisioning.csv, GET, audit, view",
    "/console/settings/sso.xhtml, GET, console, admin",
    "/console/settings/sso.xhtml, POST, console, admin",
    "/console/settings/oauth.xhtml, GET, console, admin",
    "/console/settings/admins.xhtml, POST, console, admin",
    "/console/settings/sso-test-oidc, GET, console, admin",
    "/console/a-page-nobody-placed.xhtml, GET, console, admin",
  })
  void theTable(String page, String method, String area, String level) {
    assertEquals(
        new ConsoleAccess.Need(area, AccessLevel.parse(level).orElseThrow()),
        ConsoleAccess.need(page, method.equals("POST"), NO_FORM));
  }

  @Test
  void myPasswordIsForLocalAccountsOnly() {
    SignedIn everything = person(Map.of("console", AccessLevel.ADMIN, "users", AccessLevel.ADMIN));
    assertFalse(everything.has(ConsoleAccess.need("/console/password.xhtml", false, NO_FORM)));
    assertTrue(admin().has(ConsoleAccess.need("/console/password.xhtml", false, NO_FORM)));
  }

  @Test
  void theSignOutFormAloneNeedsOnlySigningIn() {
    List<String> signOut = List.of("signout_SUBMIT", "signout:button", "jakarta.faces.ViewState");
    assertEquals(ConsoleAccess.SIGN_IN, ConsoleAccess.need("/console/roles.xhtml", true, signOut));
    List<String> smuggled =
        List.of(
            "signout_SUBMIT",
            "signout:button",
            "roles_SUBMIT",
            "roles:0:save",
            "jakarta.faces.ViewState");
    assertEquals(
        new ConsoleAccess.Need("roles", AccessLevel.EDIT),
        ConsoleAccess.need("/console/roles.xhtml", true, smuggled),
        "another form's fields beside the sign-out make it that form's action");
  }

  @Test
  void levelsAreOrderedAndLocalAdminsPassEverywhere() {
    SignedIn viewer = person(Map.of("console", AccessLevel.VIEW, "roles", AccessLevel.EDIT));
    assertTrue(viewer.has(ConsoleAccess.toOpen("/console/roles.xhtml")));
    assertTrue(viewer.has(ConsoleAccess.need("/console/roles.xhtml", true, NO_FORM)));
    assertFalse(viewer.has(ConsoleAccess.toOpen("/console/users.xhtml")), "area missing: none");
    assertFalse(viewer.has(ConsoleAccess.toOpen("/console/settings/sso.xhtml")));
    assertTrue(admin().has(ConsoleAccess.toOpen("/console/settings/sso.xhtml")));
  }

  private static SignedIn person(Map<String, AccessLevel> access) {
    UUID id = UUID.randomUUID();
    return new SignedIn(
        ConsoleSession.ofUser(id, Instant.now()), "p", Actor.user(id.toString(), "p"), access);
  }

  private static SignedIn admin() {
    Instant now = Instant.now();
    return SignedIn.admin(new ConsoleSession("admin", now, now));
  }
}
