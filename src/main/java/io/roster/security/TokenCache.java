package io.roster.security;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's {@code rst_} tokens found valid, each with the SCIM switch read in the same
 * statement, so that a SCIM request is authenticated without a statement. Trusted only while {@link
 * AccessListener} listens for PostgreSQL's notifications of a token or switch change and has proved
 * its connection alive within {@link #CONFIRM_WINDOW_NANOS}; otherwise every request reads
 * PostgreSQL as before. A notification, a lost listening connection and a new one each start a new
 * generation: an entry is used only in the generation its read began in, so a read racing a
 * revocation can never leave a stale entry behind. Expiry needs no notification: each use compares
 * the entry's expiry with the clock, as the statement did.
 */
@ApplicationScoped
public class TokenCache {
  /** How old the listener's last proof of life may be; below a second, the revocation bound. */
  static final long CONFIRM_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(750);

  /** Only valid tokens are kept, so this bounds nothing a stranger controls; it bounds mistakes. */
  private static final int MAX_ENTRIES = 10_000;

  /** A valid token and the switch as read in generation {@code generation}. */
  static final class Entry {
    final long generation;
    final ScimAccess.Caller caller;
    final OffsetDateTime expiresAt;
    final boolean enabled;

    /** The last use this node wrote or saw, so that it writes at most one a minute. */
    volatile OffsetDateTime lastUsedAt;

    Entry(
        long generation,
        ScimAccess.Caller caller,
        OffsetDateTime expiresAt,
        boolean enabled,
        OffsetDateTime lastUsedAt) {
      this.generation = generation;
      this.caller = caller;
      this.expiresAt = expiresAt;
      this.enabled = enabled;
      this.lastUsedAt = lastUsedAt;
    }

    boolean activeAt(OffsetDateTime now) {
      return expiresAt == null || now.isBefore(expiresAt);
    }
  }

  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean listening;
  private volatile long confirmedAt;

  /** The generation a read that may be remembered must start in. */
  long generation() {
    return generation.get();
  }

  /** The entry for a token hash, if the cache may be trusted and holds one of this generation. */
  Optional<Entry> find(String hash) {
    if (!trusted()) {
      return Optional.empty();
    }
    Entry entry = byHash.get(hash);
    return entry != null && entry.generation == generation.get()
        ? Optional.of(entry)
        : Optional.empty();
  }

  /** Keeps what a read found, unless the generation it began in is over. */
  void remember(String hash, Entry entry) {
    if (entry.generation != generation.get()) {
      return;
    }
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
    }
    byHash.put(hash, entry);
  }

  /** A token or the switch changed somewhere: forget everything. */
  void invalidate() {
    generation.incrementAndGet();
    byHash.clear();
  }

  /**
   * A revocation or switch made on this node applies here before its answer is sent, without
   * waiting for the notification: whoever made it may call this node right after.
   */
  void changedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceChanged change) {
    Action action = change.action();
    if (action == Action.SCIM_TOKEN_REVOKED
        || action == Action.SCIM_ENABLED
        || action == Action.SCIM_DISABLED) {
      invalidate();
    }
  }

  /** The listener started listening (anything changed before is forgotten) or lost it. */
  void listening(boolean on) {
    listening = false;
    invalidate();
    if (on) {
      confirmedAt = System.nanoTime();
      listening = true;
    }
  }

  /** The listening connection answered just now, and every notification before it was seen. */
  void confirm() {
    confirmedAt = System.nanoTime();
  }

  boolean trusted() {
    return listening && System.nanoTime() - confirmedAt < CONFIRM_WINDOW_NANOS;
  }
}
