package io.roster.audit;

/**
 * Who a request acts as: a SCIM token (by name and id), an admin (by name), a provisioned user
 * signed in through SSO (by id and userName), Roster itself (start-up work, in-container jobs) or
 * nobody yet (a refused request).
 */
public record Actor(String type, String id, String name) {
  public static final Actor SYSTEM = new Actor("system", null, "roster");
  public static final Actor ANONYMOUS = new Actor("anonymous", null, null);

  public static Actor token(String id, String name) {
    return new Actor("token", id, name);
  }

  public static Actor admin(String name) {
    return new Actor("admin", null, name);
  }

  public static Actor user(String id, String userName) {
    return new Actor("user", id, userName);
  }
}
