package io.roster.security;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps one connection of the pool listening on {@value #CHANNEL}, which PostgreSQL triggers notify
 * when a token is revoked, expires differently, is deleted, or the SCIM switch changes (liquibase
 * {@code 036-18-perf.xml}), on commit, whichever node or tool wrote it. Each notification empties
 * {@link TokenCache}. Every {@value #POLL_MILLIS} ms it also runs {@code SELECT 1} to prove the
 * connection alive; when it fails, the cache is distrusted at once (and at the latest when the last
 * proof is {@link TokenCache#CONFIRM_WINDOW_NANOS} old), and trusted again, emptied, only once a
 * new connection listens.
 */
@ApplicationScoped
public class AccessListener {
  private static final Logger LOG = Logger.getLogger(AccessListener.class.getName());

  /** The channel the triggers notify. */
  static final String CHANNEL = "roster_access";

  /**
   * The listening connection's {@code application_name}, so that it can be found in
   * pg_stat_activity.
   */
  public static final String APPLICATION_NAME = "roster-access-listener";

  private static final int POLL_MILLIS = 200;
  private static final long RETRY_MILLIS = 500;
  private static final long STOP_MILLIS = 2_000;

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject TokenCache cache;

  private volatile boolean running;
  private volatile Connection connection;
  private boolean on = true; // as last logged; the first failure is logged too
  private Thread thread;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    running = true;
    thread = threads.newThread(this::run);
    thread.setName("roster-access-listener");
    thread.start();
  }

  /**
   * Lets the listening loop end by itself (within a poll) so that it hands its connection back to
   * the pool clean; closes the connection under it only if it does not.
   */
  @PreDestroy
  void stop() {
    running = false;
    cache.listening(false);
    if (thread == null) {
      return;
    }
    try {
      thread.join(STOP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Connection c = connection;
    if (thread.isAlive() && c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  private void run() {
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        connection = c;
        listen(c);
      } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
        if (!running) {
          return; // stopped: the application's beans may be gone already
        }
        cache.listening(false);
        if (on) {
          // The state only: the cause's message may quote connection details.
          LOG.log(
              Level.WARNING,
              "Token cache off, every SCIM request reads PostgreSQL until the listener is back: "
                  + e.getClass().getSimpleName());
          on = false;
        }
      } finally {
        connection = null;
      }
      if (!sleep()) {
        return;
      }
    }
  }

  private void listen(Connection c) throws SQLException, ReflectiveOperationException {
    Notifications notifications = new Notifications(c);
    try (Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("SET application_name = '" + APPLICATION_NAME + "'");
      s.execute("LISTEN " + CHANNEL);
      cache.listening(true);
      if (!on) {
        LOG.info("Token cache on again: listening for token and SCIM switch changes");
        on = true;
      }
      try {
        while (running) {
          s.execute("SELECT 1");
          if (notifications.await(POLL_MILLIS)) {
            cache.invalidate();
          }
          cache.confirm();
        }
      } finally {
        release(s);
      }
    }
  }

  /**
   * The pool keeps the physical connection (across redeployments too): it goes back listening on
   * nothing and named as any other, or a request would later run on a "listener" connection.
   */
  private static void release(Statement s) {
    try {
      s.execute("UNLISTEN *");
      s.execute("RESET application_name");
    } catch (SQLException e) {
      // a broken connection: the pool discards it
    }
  }

  private boolean sleep() {
    try {
      Thread.sleep(RETRY_MILLIS);
      return running;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * pgjdbc's {@code PGConnection.getNotifications(int)} on the pooled connection. The driver is a
   * server library, not in the WAR, so its interface is loaded from the loader of an object the
   * driver made (an {@code interval} value), and called by reflection: once per poll, not per
   * request.
   */
  private static final class Notifications {
    private final Object pgConnection;
    private final Method getNotifications;

    Notifications(Connection c) throws SQLException, ReflectiveOperationException {
      ClassLoader driver;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT interval '1 second'")) {
        r.next();
        driver = r.getObject(1).getClass().getClassLoader();
      }
      Class<?> pgConnectionType = Class.forName("org.postgresql.PGConnection", false, driver);
      pgConnection = c.unwrap(pgConnectionType);
      getNotifications = pgConnectionType.getMethod("getNotifications", int.class);
    }

    /** Whether a notification arrived within {@code millis}. */
    boolean await(int millis) throws SQLException, IllegalAccessException {
      try {
        Object[] received = (Object[]) getNotifications.invoke(pgConnection, millis);
        return received != null && received.length > 0;
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
