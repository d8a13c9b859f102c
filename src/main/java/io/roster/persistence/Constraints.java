package io.roster.persistence;

import java.sql.SQLException;

/** Recognises PostgreSQL's answers that callers turn into protocol errors. */
public final class Constraints {
  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /** True when a unique index refused the write, whatever wraps the driver's exception. */
  public static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
