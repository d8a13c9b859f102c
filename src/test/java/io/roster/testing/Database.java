package io.roster.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Plain JDBC on the server's data source, for in-container tests that set up states no API can (an
 * expired token) or check the schema's own guarantees. Auto-commit: each call is final. Not in the
 * WAR: add it to the deployment, {@code RosterDeployment.war().addClass(Database.class)}.
 */
public final class Database {
  private Database() {}

  public static int update(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = prepare(c, sql, parameters)) {
      return s.executeUpdate();
    }
  }

  public static String queryString(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = prepare(c, sql, parameters);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }

  private static DataSource dataSource() {
    try {
      return InitialContext.doLookup("jdbc/roster");
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
