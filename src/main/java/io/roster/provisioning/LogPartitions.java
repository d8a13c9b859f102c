package io.roster.provisioning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * The log's daily partitions (liquibase {@code 039-18-log-partitions.xml}): every node makes sure
 * the coming days have theirs and drops those past the retention. The DDL runs in two database
 * functions that serialise on an advisory lock, so nodes doing it at once wait in turn and find the
 * work done, and that run as the tables' owner, which the application's role may not be.
 */
@ApplicationScoped
public class LogPartitions {
  /** Today and the two following UTC days: one failed upkeep leaves days before anything fails. */
  static final int DAYS_AHEAD = 2;

  private static final String ADD_DAYS = "SELECT provisioning_log_add_days(?, ?)";
  private static final String DROP_BEFORE = "SELECT provisioning_log_drop_before(?)";

  /**
   * The rows past the cutoff outside the dropped days: in the partition the table had before it was
   * partitioned, in the default one, and in the day the cutoff falls in. The occurred_at conditions
   * let PostgreSQL leave out every newer day, and join on the primary key.
   */
  private static final String DELETE_SLICE =
      "DELETE FROM provisioning_request p USING (SELECT id, occurred_at FROM provisioning_request"
          + " WHERE occurred_at < ? LIMIT 10000) old"
          + " WHERE p.id = old.id AND p.occurred_at = old.occurred_at AND p.occurred_at < ?";

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  /**
   * Creates the partitions of {@code today} and the following days that lack one (moving rows the
   * default partition caught for them); returns how many it made.
   */
  public int addDays(LocalDate today) throws SQLException {
    return inShortTransaction(ADD_DAYS, today, today.plusDays(DAYS_AHEAD));
  }

  /**
   * Drops the partitions whose whole range is before {@code cutoff}, then deletes the older rows
   * left in the others, 10,000 per statement so that locks stay short. Returns the rows deleted.
   */
  public long purge(OffsetDateTime cutoff) throws SQLException {
    inShortTransaction(DROP_BEFORE, cutoff);
    long deleted = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement(DELETE_SLICE)) {
      delete.setObject(1, cutoff);
      delete.setObject(2, cutoff);
      for (int n = delete.executeUpdate(); n > 0; n = delete.executeUpdate()) {
        deleted += n;
      }
    }
    return deleted;
  }

  /**
   * Runs one function call in a transaction that waits at most 2 s for a lock: creating and
   * dropping partitions locks the log briefly, and a long read must cost a retry later, not a queue
   * of inserts behind the DDL.
   */
  private int inShortTransaction(String call, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          PreparedStatement p = c.prepareStatement(call)) {
        s.execute("SET LOCAL lock_timeout = '2s'");
        for (int i = 0; i < parameters.length; i++) {
          p.setObject(i + 1, parameters[i]);
        }
        int result;
        try (ResultSet r = p.executeQuery()) {
          r.next();
          result = r.getInt(1);
        }
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }
}
