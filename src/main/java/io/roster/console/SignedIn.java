package io.roster.console;

import io.roster.audit.Actor;
import io.roster.role.AccessLevel;
import io.roster.role.PersonAccess;
import io.roster.session.ConsoleSession;
import java.util.Map;

/**
 * Who the current console request is from: a local admin account (every page and action) or a
 * SCIM-provisioned person signed in through SSO, with their effective access as read for this very
 * request.
 *
 * @param access the person's level per area; null for a local admin account
 */
public record SignedIn(
    ConsoleSession session, String name, Actor actor, Map<String, AccessLevel> access) {
  static final String ATTRIBUTE = "io.roster.console.signedIn";

  static SignedIn admin(ConsoleSession session) {
    return new SignedIn(session, session.admin(), Actor.admin(session.admin()), null);
  }

  static SignedIn person(ConsoleSession session, PersonAccess.Person person) {
    return new SignedIn(
        session,
        person.userName(),
        Actor.user(person.id().toString(), person.userName()),
        person.access());
  }

  public boolean isAdminAccount() {
    return access == null;
  }

  public boolean has(ConsoleAccess.Need need) {
    return access == null
        || access.getOrDefault(need.area(), AccessLevel.NONE).compareTo(need.level()) >= 0;
  }
}
