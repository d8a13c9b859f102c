package io.roster.outbox;

import io.roster.events.AccessChanging;
import io.roster.persistence.NativeSql;
import io.roster.role.AccessAreas;
import io.roster.role.AccessLevel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code access.changed} events, set-based: before a change the effective access of everyone it may
 * concern is copied into a temporary table by one {@code INSERT ... SELECT}; after it, one {@code
 * INSERT ... SELECT} into the outbox compares it with the access now and writes an event for each
 * person whose access differs and empties the copy. A level change on a role of 50,000 members is
 * two statements, whatever the number. A named read model of {@code scim_user}, {@code
 * group_member} and {@code role_access}: the same rule as {@code role.AccessRules} (highest level
 * among the person's roles, none while inactive or deleted), in SQL.
 */
@ApplicationScoped
public class AccessEvents {
  /** The levels in order; a level's rank is its position in this array. */
  private static final String LEVELS =
      Arrays.stream(AccessLevel.values())
          .map(l -> "'" + l.wire() + "'")
          .collect(Collectors.joining(",", "(ARRAY[", "]::text[])"));

  /**
   * Kept by the connection, rows and all: emptying it at every commit (ON COMMIT DELETE ROWS) cost
   * PostgreSQL about 1 ms of CPU per transaction that used it (a truncation and an index rebuild;
   * issue 18). The comparison deletes the rows it reads; {@code tx} tells the rows of this
   * transaction from any left by an earlier one, which are replaced or ignored. (Named anew: a
   * connection kept from before may still hold the old {@code access_before}.)
   */
  private static final String SNAPSHOT_TABLE =
      "CREATE TEMPORARY TABLE IF NOT EXISTS access_snapshot (user_id uuid PRIMARY KEY,"
          + " user_name varchar(256), access jsonb NOT NULL,"
          + " tx xid8 NOT NULL DEFAULT pg_current_xact_id())";

  private static final String SNAPSHOT_TABLE_MISSING =
      "SELECT to_regclass('pg_temp.access_snapshot') IS NULL";

  /** A key of this transaction's resources: set while a snapshot waits for its comparison. */
  private static final Object PENDING = AccessEvents.class;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject AccessAreas areas;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transaction;

  /** Notes the access of the people {@code scope} names, as it is before the change. */
  void snapshot(AccessChanging scope) {
    // Created once per connection, not on every change: after a CREATE (even one that creates
    // nothing) pgjdbc prepares every statement anew, so PostgreSQL parsed and planned each
    // statement of the transactions that followed (issue 18: plans = calls in pg_stat_statements).
    if (Boolean.TRUE.equals(em.createNativeQuery(SNAPSHOT_TABLE_MISSING).getSingleResult())) {
      em.createNativeQuery(SNAPSHOT_TABLE).executeUpdate();
    }
    StringBuilder people = new StringBuilder("SELECT unnest(CAST(?2 AS uuid[])) AS user_id");
    if (scope.allMembers()) {
      people.append(" UNION SELECT user_id FROM group_member WHERE group_id = ?3");
    }
    String sql =
        "INSERT INTO access_snapshot (user_id, user_name, access) "
            + effectiveAccess(people.toString())
            + (scope.onlyIfGranting()
                ? " HAVING EXISTS (SELECT 1 FROM role_access WHERE group_id = ?3"
                    + " AND level <> 'none')"
                : "")
            + " ON CONFLICT (user_id) DO UPDATE SET user_name = EXCLUDED.user_name,"
            + " access = EXCLUDED.access, tx = EXCLUDED.tx WHERE access_snapshot.tx <> EXCLUDED.tx";
    Query insert = withAreas(em.createNativeQuery(sql));
    insert.setParameter(2, NativeSql.uuidArray(scope.users()));
    if (scope.group() != null) {
      insert.setParameter(3, scope.group());
    }
    if (insert.executeUpdate() > 0) {
      transaction.putResource(PENDING, Boolean.TRUE);
    }
  }

  /**
   * After the change: one {@code access.changed} event per person of the snapshot whose access now
   * differs. Does nothing without a pending snapshot, so that it costs nothing on other changes.
   */
  void writeChanges(JsonObject actor) {
    if (!Boolean.TRUE.equals(transaction.getResource(PENDING))) {
      return;
    }
    // The change may still sit in the persistence context (a removed or deactivated user).
    em.flush();
    // Empties the table in the same statement, for a next change on this connection.
    withAreas(
            em.createNativeQuery(
                "WITH gone AS (DELETE FROM access_snapshot"
                    + " RETURNING user_id, user_name, access, tx = pg_current_xact_id() AS mine),"
                    + " b AS (SELECT user_id, user_name, access FROM gone WHERE mine)"
                    + " INSERT INTO event_outbox (type, subject, actor, data)"
                    + " SELECT ?4, b.user_id, CAST(?5 AS jsonb), jsonb_build_object("
                    + "'user', jsonb_build_object('id', b.user_id,"
                    + " 'userName', coalesce(a.user_name, b.user_name)),"
                    + " 'before', b.access, 'after', a.access)"
                    + " FROM b JOIN ("
                    + effectiveAccess("SELECT user_id FROM b")
                    + ") a ON a.user_id = b.user_id"
                    + " WHERE a.access <> b.access ORDER BY b.user_id"))
        .setParameter(4, EventTypes.ACCESS_CHANGED)
        .setParameter(5, actor.toString())
        .executeUpdate();
    transaction.putResource(PENDING, Boolean.FALSE);
  }

  private Query withAreas(Query query) {
    return query.setParameter(1, "{" + String.join(",", areas.all()) + "}");
  }

  /**
   * Each person of {@code people} (a SELECT of user_id) with userName and access as a JSON object
   * of every area of the catalogue ({@code ?1}, a text[]). A person who no longer exists has none.
   */
  private static String effectiveAccess(String people) {
    return "WITH people AS (SELECT DISTINCT user_id FROM ("
        + people
        + ") p),"
        + " ranks AS (SELECT m.user_id, ra.area, max(array_position("
        + LEVELS
        + ", ra.level::text)) AS r FROM group_member m"
        + " JOIN role_access ra ON ra.group_id = m.group_id"
        + " WHERE m.user_id IN (SELECT user_id FROM people) GROUP BY m.user_id, ra.area)"
        + " SELECT s.user_id, u.user_name, jsonb_object_agg(a.area,"
        + " CASE WHEN u.active THEN "
        + LEVELS
        + "[coalesce(r.r, 1)] ELSE 'none' END) AS access"
        + " FROM people s LEFT JOIN scim_user u ON u.id = s.user_id"
        + " CROSS JOIN unnest(CAST(?1 AS text[])) AS a(area)"
        + " LEFT JOIN ranks r ON r.user_id = s.user_id AND r.area = a.area"
        + " GROUP BY s.user_id, u.user_name";
  }
}
