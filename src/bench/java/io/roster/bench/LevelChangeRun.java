package io.roster.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 14's large level change: {@code PUT /api/admin/roles/{id}/access} on the role of the group
 * of {@value Directory#LARGE_GROUP_SIZE} members, {@code datasets} to {@code edit} and back to
 * {@code none}, {@value #CHANGES} times one after another. Each answer comes once the change and an
 * {@code access.changed} event per member whose access changed are committed, so its time is the
 * time to write the events; their number is counted in PostgreSQL.
 */
final class LevelChangeRun {
  static final String NAME = "level-change-large";
  static final int CHANGES = 4;
  private static final String AREA = "datasets";

  private final AdminApi admin;
  private final BenchOptions options;
  private final ServerProcess server;

  LevelChangeRun(AdminApi admin, BenchOptions options, ServerProcess server) {
    this.admin = admin;
    this.options = options;
    this.server = server;
  }

  Result run() throws SQLException {
    String path = "/api/admin/roles/" + Directory.groupId(Directory.LARGE_GROUP) + "/access";
    Recording r = new Recording();
    List<String> events = new ArrayList<>();
    CpuSample cpu = CpuSample.take(server.pid());
    long start = System.nanoTime();
    for (int i = 0; i < CHANGES; i++) {
      String level = i % 2 == 0 ? "edit" : "none";
      long before = lastEventId();
      long sent = System.nanoTime();
      HttpResponse<String> answer = admin.send("PUT", path, "{\"" + AREA + "\":\"" + level + "\"}");
      long took = System.nanoTime() - sent;
      if (answer.statusCode() != 200) {
        r.error("PUT " + path + " -> " + answer.statusCode() + " " + answer.body());
        continue;
      }
      r.success(took);
      events.add(String.format(Locale.ROOT, "%,d", accessEventsAfter(before)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String notes =
        String.format(
            Locale.ROOT,
            "%s of the %,d-member role to edit and back, %d times; access.changed events written"
                + " per change: %s (goal: 50,000 written in < 10 s)",
            AREA,
            Directory.LARGE_GROUP_SIZE,
            CHANGES,
            String.join(", ", events));
    if (r.firstError != null) {
      notes += "; first error: " + r.firstError;
    }
    return Result.of(
        NAME,
        1,
        "sequential",
        r,
        seconds,
        server.peakRssMb(),
        CpuSample.take(server.pid()).since(cpu),
        notes);
  }

  private long lastEventId() throws SQLException {
    return queryLong("SELECT coalesce(max(id), 0) FROM event_outbox", null);
  }

  private long accessEventsAfter(long id) throws SQLException {
    return queryLong(
        "SELECT count(*) FROM event_outbox WHERE id > ? AND type = 'access.changed'", id);
  }

  private long queryLong(String sql, Long parameter) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword());
        PreparedStatement s = c.prepareStatement(sql)) {
      if (parameter != null) {
        s.setLong(1, parameter);
      }
      try (ResultSet result = s.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
