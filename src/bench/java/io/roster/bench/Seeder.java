package io.roster.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Puts the {@link Directory} into PostgreSQL with COPY, writing the rows exactly as Roster's
 * UserService would (columns, email rows, version 1, millisecond timestamps). Idempotent: a
 * complete seed is kept, a smaller or larger one of the harness's is extended or cut back ({@link
 * SeedPlan}), anything else is deleted and seeded anew. Rows are generated and streamed one at a
 * time, so a seed of any size needs no more memory than one COPY chunk.
 */
final class Seeder {
  private static final String SEEDED = "user_name LIKE '%@" + Person.DOMAIN + "'";
  private static final String BENCH_GROUPS = "display_name LIKE 'Bench %'";

  /** A seeded user's number, its employee number; null for anything not a plain number. */
  private static final String USER_NUMBER =
      "CASE WHEN employee_number ~ '^[0-9]{1,9}$' THEN employee_number::int END";

  private final BenchOptions options;
  private final Directory directory;

  Seeder(BenchOptions options) {
    this.options = options;
    this.directory = options.directory();
  }

  /**
   * Makes every run start from the same directory: undoes the previous run's writes, seeds when
   * needed, then vacuums as autovacuum would have on a live system (statistics, visibility map for
   * index-only scans). Returns what it did to the seed.
   */
  SeedPlan prepare() throws SQLException {
    reset();
    SeedPlan plan = seedIfNeeded();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE scim_user, scim_user_value, scim_group, group_member, role_access");
    }
    return plan;
  }

  /** Undoes what the previous run's writes left (created users, memberships, deactivations). */
  private void reset() throws SQLException {
    try (Connection c = connect();
        PreparedStatement members =
            c.prepareStatement(
                "DELETE FROM group_member m USING scim_user u WHERE m.user_id = u.id"
                    + " AND m.group_id IN (?, ?) AND u.employee_number >= ? AND u."
                    + SEEDED);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "DELETE FROM scim_user WHERE user_name LIKE '%@" + Directory.NEW_USER_DOMAIN + "'");
      members.setObject(1, Directory.groupId(Directory.LARGE_GROUP));
      members.setObject(2, Directory.groupId(Directory.SMALL_GROUP));
      members.setString(3, Person.of(Directory.LARGE_GROUP_SIZE).employeeNumber());
      members.executeUpdate();
      s.executeUpdate("UPDATE scim_user SET active = true WHERE NOT active AND " + SEEDED);
    }
  }

  private SeedPlan seedIfNeeded() throws SQLException {
    try (Connection c = connect()) {
      long users;
      long highest;
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT count(*), coalesce(max("
                      + USER_NUMBER
                      + "), -1) FROM scim_user WHERE "
                      + SEEDED)) {
        r.next();
        users = r.getLong(1);
        highest = r.getLong(2);
      }
      SeedPlan plan = SeedPlan.of(users, highest, count(c, "scim_group", BENCH_GROUPS), directory);
      if (plan.action() == SeedPlan.Action.KEEP) {
        return plan;
      }
      c.setAutoCommit(false);
      if (plan.action() == SeedPlan.Action.SHRINK) {
        deleteFrom(c, plan.to(), plan.from());
      } else {
        if (plan.action() == SeedPlan.Action.RESEED) {
          deleteAll(c);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        copyUsers(c, plan.from(), plan.to(), now);
        copyGroups(c, plan.from(), plan.to(), now);
      }
      c.commit();
      return plan;
    }
  }

  private static void deleteAll(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM scim_user WHERE " + SEEDED);
      s.executeUpdate("DELETE FROM scim_group WHERE " + BENCH_GROUPS);
    }
  }

  /** Deletes users {@code from..} (their values and memberships go with them) and their teams. */
  private static void deleteFrom(Connection c, int from, int seeded) throws SQLException {
    try (PreparedStatement users =
            c.prepareStatement(
                "DELETE FROM scim_user WHERE " + SEEDED + " AND " + USER_NUMBER + " >= ?");
        PreparedStatement groups =
            c.prepareStatement("DELETE FROM scim_group WHERE id = ANY (?)")) {
      users.setInt(1, from);
      users.executeUpdate();
      int firstGroup = Directory.groupsFor(from);
      Object[] ids = new Object[Directory.groupsFor(seeded) - firstGroup];
      for (int g = 0; g < ids.length; g++) {
        ids[g] = Directory.groupId(firstGroup + g);
      }
      groups.setArray(1, c.createArrayOf("uuid", ids));
      groups.executeUpdate();
    }
  }

  /** Users {@code from..to-1} with their two email rows. */
  private static void copyUsers(Connection c, int from, int to, OffsetDateTime now)
      throws SQLException {
    try (CopyWriter users =
        new CopyWriter(
            c,
            "scim_user",
            "id, user_name, external_id, display_name, title, user_type, preferred_language,"
                + " locale, timezone, active, name_formatted, name_family, name_given,"
                + " employee_number, cost_center, organization, division, department, manager_id,"
                + " created_at, last_modified, version")) {
      for (int i = from; i < to; i++) {
        Person p = Person.of(i);
        Person manager = p.manager();
        users.row(
            p.id(),
            p.userName(),
            p.externalId(),
            p.displayName(),
            p.title(),
            "Employee",
            p.locale(),
            p.locale(),
            p.timezone(),
            true,
            p.displayName(),
            p.family(),
            p.given(),
            p.employeeNumber(),
            p.costCenter(),
            UserJson.ORGANIZATION,
            p.division(),
            p.department(),
            manager == null ? null : manager.id(),
            now,
            now,
            1);
      }
    }
    try (CopyWriter emails =
        new CopyWriter(
            c, "scim_user_value", "user_id, attribute, position, value, type, is_primary")) {
      for (int i = from; i < to; i++) {
        Person p = Person.of(i);
        emails.row(p.id(), "emails", 0, p.userName(), "work", true);
        emails.row(p.id(), "emails", 1, p.homeEmail(), "home", null);
      }
    }
  }

  /**
   * The groups a directory of {@code to} users has and one of {@code from} has not, with their
   * access levels, and the memberships of users {@code from..to-1}.
   */
  private static void copyGroups(Connection c, int from, int to, OffsetDateTime now)
      throws SQLException {
    int firstGroup = Directory.groupsFor(from);
    int groupsEnd = Directory.groupsFor(to);
    try (CopyWriter groups =
        new CopyWriter(
            c, "scim_group", "id, display_name, external_id, created_at, last_modified, version")) {
      for (int g = firstGroup; g < groupsEnd; g++) {
        groups.row(
            Directory.groupId(g),
            Directory.groupName(g),
            Person.uuid("external-group-" + g),
            now,
            now,
            1);
      }
    }
    try (CopyWriter members = new CopyWriter(c, "group_member", "group_id, user_id, added_at")) {
      for (int i = from; i < to; i++) {
        Object user = Person.of(i).id();
        members.row(Directory.groupId(Directory.teamOf(i)), user, now);
        if (i < Directory.LARGE_GROUP_SIZE) {
          members.row(Directory.groupId(Directory.LARGE_GROUP), user, now);
        }
        if (i < Directory.SMALL_GROUP_SIZE) {
          members.row(Directory.groupId(Directory.SMALL_GROUP), user, now);
        }
      }
    }
    try (CopyWriter access = new CopyWriter(c, "role_access", "group_id, area, level")) {
      for (int g = firstGroup; g < groupsEnd; g++) {
        switch (g) {
          case Directory.LARGE_GROUP -> access.row(Directory.groupId(g), "directory", "view");
          case Directory.SMALL_GROUP -> access.row(Directory.groupId(g), "admin", "admin");
          default -> {
            access.row(Directory.groupId(g), "projects", g % 2 == 0 ? "edit" : "view");
            access.row(Directory.groupId(g), "reports", "view");
          }
        }
      }
    }
  }

  private static long count(Connection c, String table, String where) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table + " WHERE " + where)) {
      r.next();
      return r.getLong(1);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword());
  }
}
