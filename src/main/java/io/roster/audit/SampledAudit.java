package io.roster.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records repeated refusals (bad tokens, rate limiting, failed logins) without letting a flood fill
 * the table: per node, at most one entry per key and minute; the next entry counts the refusals
 * left out since. Keys come from a small fixed set (a reason, a token id, an existing admin name),
 * never from what a client sends, so the map stays small too.
 */
@ApplicationScoped
public class SampledAudit {
  static final long WINDOW_NANOS = 60_000_000_000L;

  @Inject AuditLog auditLog;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public void record(String key, Actor actor, AuditRecord record) {
    long now = System.nanoTime();
    Window window = windows.computeIfAbsent(key, k -> new Window());
    long omitted = window.admit(now);
    if (omitted < 0) {
      return;
    }
    String summary = record.summary();
    if (omitted > 0) {
      summary = summary + "; " + omitted + " similar refusals on this node since the last entry";
    }
    auditLog.record(actor, record.withSummary(summary));
  }

  /** Counts the refusals of one key within the current window. */
  static final class Window {
    private long startNanos;
    private long omitted;
    private boolean started;

    /** The refusals omitted before this one if it opens a new window; -1 if it is omitted. */
    synchronized long admit(long now) {
      if (started && now - startNanos < WINDOW_NANOS) {
        omitted++;
        return -1;
      }
      long before = omitted;
      started = true;
      startNanos = now;
      omitted = 0;
      return before;
    }
  }
}
