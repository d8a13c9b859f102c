package io.roster.scim.http;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a failure caused by PostgreSQL being unreachable, restarting or overloaded, whatever
 * JPA, JTA or the connection pool wrapped it in. Such a failure is the database's, not the
 * request's: the caller is told to retry later (503) instead of seeing an internal error.
 */
public final class DatabaseOutage {
  /** How long a client should wait before retrying: a restart of PostgreSQL takes seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutage() {}

  /**
   * The cause of {@code failure} that says the database cannot answer now (its message is what to
   * log), or empty when the failure is something else.
   */
  public static Optional<SQLException> cause(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof SQLException sql && unavailable(sql)) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  /**
   * The pool gave up waiting (a transient connection error), the connection broke, or PostgreSQL
   * said so: class 08 (connection), 53 (resources), 57P (shutting down, starting up), 57014 (a
   * statement cancelled by the query timeout).
   */
  private static boolean unavailable(SQLException e) {
    if (e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException) {
      return true;
    }
    String state = e.getSQLState();
    return state != null
        && (state.startsWith("08")
            || state.startsWith("53")
            || state.startsWith("57P")
            || state.equals("57014"));
  }
}
