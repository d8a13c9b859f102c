package io.roster.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A direct connection to the build's throw-away PostgreSQL, for set-up and for measuring. */
public final class TestDatabase {
  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    String port = System.getProperty("roster.test.db.port", "55433");
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/roster", "roster", "roster");
  }
}
