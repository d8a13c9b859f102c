package io.roster.scim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
  @Test
  void aRefusedConnectionDeepInJpaAndJtaWrappersIsAnOutage() {
    SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
    RuntimeException wrapped =
        new TransactionalException(
            "rolled back", new PersistenceException("EclipseLink-4002", refused));
    assertEquals(refused, DatabaseOutage.cause(wrapped).orElseThrow());
  }

  @Test
  void shutdownPoolTimeoutAndCancelledStatementsAreOutages() {
    assertTrue(DatabaseOutage.cause(new SQLException("terminating", "57P01")).isPresent());
    assertTrue(DatabaseOutage.cause(new SQLTransientConnectionException("pool wait")).isPresent());
    assertTrue(DatabaseOutage.cause(new SQLException("statement timeout", "57014")).isPresent());
  }

  @Test
  void aRefusedRowIsNotAnOutage() {
    SQLException duplicate = new SQLException("duplicate key", "23505");
    assertTrue(DatabaseOutage.cause(new PersistenceException(duplicate)).isEmpty());
    assertTrue(DatabaseOutage.cause(new IllegalStateException("bug")).isEmpty());
  }
}
