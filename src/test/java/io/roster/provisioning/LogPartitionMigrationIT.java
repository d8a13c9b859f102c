package io.roster.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The log's partitioning (liquibase 039) on a database of its own in the tests' PostgreSQL, from a
 * log that the schema before it holds: the rows are kept and found, new rows land in their day's
 * partition with larger ids, retention drops whole old days and deletes what is older elsewhere,
 * and the rollback gives back one table.
 */
class LogPartitionMigrationIT {
  static final String DATABASE = "roster_log_partitions";
  static final String PARTITIONING = "039-18-log-partitions";
  static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  Connection c;

  static String url(String database) {
    return "jdbc:postgresql://localhost:"
        + System.getProperty("roster.test.db.port", "55433")
        + "/"
        + database;
  }

  @BeforeEach
  void createDatabase() throws SQLException {
    try (Connection superuser = DriverManager.getConnection(url("roster"), "postgres", "");
        Statement s = superuser.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE + " OWNER roster");
    }
    c = DriverManager.getConnection(url(DATABASE), "roster", "roster");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    c.close();
    try (Connection superuser = DriverManager.getConnection(url("roster"), "postgres", "");
        Statement s = superuser.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
  }

  @Test
  void aPopulatedLogIsPartitionedSearchedPurgedAndRolledBack() throws Exception {
    Liquibase liquibase =
        new Liquibase(
            "liquibase/changelog.xml",
            new ClassLoaderResourceAccessor(),
            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)));
    List<ChangeSet> changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
    int partitioning = 0;
    while (!changeSets.get(partitioning).getId().equals(PARTITIONING)) {
      partitioning++;
    }
    liquibase.update(partitioning, "");
    c.setAutoCommit(true);
    assertEquals("r", relkind("provisioning_request"), "before 039: one table");
    Row a = insert(at(-50, 12), "u-1");
    Row b = insert(at(-38, 12), "u-1");
    Row fastClock = insert(at(5, 12), "u-9");

    liquibase.update("");
    c.setAutoCommit(true);
    assertEquals("p", relkind("provisioning_request"));
    String legacy = "provisioning_request_before_" + DAY.format(today.minusDays(37));
    assertEquals(legacy, partitionOf(a.id()), "the old table is the partition before its next day");
    assertEquals(legacy, partitionOf(b.id()));
    assertEquals(
        "provisioning_request_default",
        partitionOf(fastClock.id()),
        "a row dated after today does not stretch the old table's range");
    for (int day = 0; day <= LogPartitions.DAYS_AHEAD; day++) {
      assertEquals("r", relkind(daily(day)), "made by the migration: " + daily(day));
    }

    LogPartitions partitions = new LogPartitions();
    partitions.dataSource = dataSource();
    assertEquals(3, partitions.addDays(today.minusDays(37)));
    assertEquals(0, partitions.addDays(today.minusDays(37)), "made once");
    Row c37 = insert(at(-37, 12), "u-1");
    Row d36 = insert(at(-36, 1), "u-2");
    Row e34 = insert(at(-34, 12), "u-3");
    Row e33early = insert(at(-33, 1), "u-3");
    Row e33late = insert(at(-33, 12), "u-3");
    Row now = insert(OffsetDateTime.now(ZoneOffset.UTC), "u-1");
    assertTrue(c37.id() > b.id(), "ids go on from the old table's: " + c37 + " after " + b);
    assertEquals(daily(-37), c37.partition());
    assertEquals(daily(-36), d36.partition());
    assertEquals("provisioning_request_default", e34.partition(), "a day without its partition");
    assertEquals(daily(0), now.partition());

    // newest first across today's, an older day's and the old table's partitions, keyset-paged
    ProvisioningSearch search = new ProvisioningSearch();
    search.dataSource = partitions.dataSource;
    ProvisioningSearch.Page first = search.find(ProvisioningQuery.forResource("u-1", 2));
    assertEquals(List.of(now.id(), c37.id()), ids(first));
    ProvisioningSearch.Page second =
        search.find(
            new ProvisioningQuery(null, null, null, null, null, null, "u-1", first.next(), 2));
    assertEquals(List.of(b.id(), a.id()), ids(second));
    assertNull(second.next());
    assertEquals(
        List.of(now.id(), c37.id(), b.id(), a.id()),
        ids(search.find(ProvisioningQuery.forResource("name-u-1", 10))),
        "by name");

    // the cutoff inside the old table's range: its older rows go, it stays
    assertEquals(1, partitions.purge(at(-45, 0)));
    assertFalse(exists(a.id()));
    assertTrue(exists(b.id()));
    assertEquals("r", relkind(legacy));

    // inside day -36: the old table and day -37 are dropped, day -36 loses its older rows
    assertEquals(1, partitions.purge(at(-36, 6)));
    assertNull(relkind(legacy));
    assertNull(relkind(daily(-37)));
    assertFalse(exists(d36.id()));
    assertEquals("r", relkind(daily(-36)));

    // inside day -33, which has no partition: the default one loses the older rows
    assertEquals(2, partitions.purge(at(-33, 6)));
    assertNull(relkind(daily(-36)));
    assertNull(relkind(daily(-35)));
    assertFalse(exists(e34.id()));
    assertFalse(exists(e33early.id()));
    assertTrue(exists(e33late.id()));
    assertTrue(exists(now.id()));

    liquibase.rollback(changeSets.size() - partitioning, "");
    c.setAutoCommit(true);
    assertEquals("r", relkind("provisioning_request"), "one table again");
    assertTrue(exists(e33late.id()) && exists(now.id()) && exists(fastClock.id()), "rows kept");
    Row after = insert(OffsetDateTime.now(ZoneOffset.UTC), "u-1");
    assertTrue(after.id() > now.id(), "the identity goes on: " + after);
    assertEquals("provisioning_request", after.partition());
  }

  String daily(int days) {
    return "provisioning_request_" + DAY.format(today.plusDays(days));
  }

  OffsetDateTime at(int days, int hour) {
    return today.plusDays(days).atTime(LocalTime.of(hour, 0)).atOffset(ZoneOffset.UTC);
  }

  PGSimpleDataSource dataSource() {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(url(DATABASE));
    source.setUser("roster");
    source.setPassword("roster");
    return source;
  }

  record Row(long id, String partition) {}

  Row insert(OffsetDateTime occurredAt, String resourceId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO provisioning_request (occurred_at, actor_type, method, path, resource_id,"
                + " resource_name, status, duration_ms, bytes_in, bytes_out)"
                + " VALUES (?, 'token', 'GET', '/scim/Users', ?, ?, 200, 1, 0, 0)"
                + " RETURNING id, tableoid::regclass::text")) {
      s.setObject(1, occurredAt);
      s.setString(2, resourceId);
      s.setString(3, "name-" + resourceId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new Row(r.getLong(1), r.getString(2));
      }
    }
  }

  String partitionOf(long id) throws SQLException {
    return text("SELECT tableoid::regclass::text FROM provisioning_request WHERE id = ?", id);
  }

  boolean exists(long id) throws SQLException {
    return partitionOf(id) != null;
  }

  /** {@code r} a table, {@code p} a partitioned one, null none. */
  String relkind(String table) throws SQLException {
    return text("SELECT relkind::text FROM pg_class WHERE oid = to_regclass(?)", table);
  }

  String text(String sql, Object parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  static List<Long> ids(ProvisioningSearch.Page page) {
    return page.entries().stream().map(ProvisioningEntry::id).toList();
  }
}
