package io.roster.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** PostgreSQL's guarantees as the services use them: unique indexes and stored time. */
public final class Constraints {
  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /**
   * Writes what is pending now, so that a unique index refusing it becomes {@code duplicate} (409
   * uniqueness) instead of a failed commit: a database constraint, not a check-then-insert, decides
   * a race between two creates.
   */
  public static void flushUnique(EntityManager em, Supplier<RuntimeException> duplicate) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw duplicate.get();
      }
      throw e;
    }
  }

  /** PostgreSQL keeps microseconds; milliseconds make every answer equal to a re-read. */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

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
