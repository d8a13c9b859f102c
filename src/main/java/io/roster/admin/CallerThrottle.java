package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per caller address, so one caller cycling through user names (each costing a PBKDF2
 * check) is slowed down like one account is: after {@link #FREE_FAILURES} failures in a row its
 * attempts are refused unchecked for 1, 2, 4... seconds ({@link LoginThrottle}). Kept in memory,
 * <em>per node</em>, for at most {@link #MAX_ADDRESSES} addresses (the least recently failed are
 * forgotten first): a cheap first line that needs no database write per bad request. The address is
 * the connection's: behind a proxy, every caller shares the proxy's.
 *
 * <p>It also remembers the addresses whose last login here succeeded, within {@link #TRUST}: their
 * checks are not charged to the {@link PasswordBudget}, so an admin who signed in before keeps
 * working while a flood from other addresses spends it. A failure ends that trust.
 */
@ApplicationScoped
class CallerThrottle {
  static final int FREE_FAILURES = 20;
  static final int MAX_ADDRESSES = 10_000;
  static final Duration TRUST = Duration.ofMinutes(15);

  private final Map<String, Failures> failures = lru();

  private final Map<String, Instant> successes = lru();

  private record Failures(int count, Instant last) {}

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > MAX_ADDRESSES;
      }
    };
  }

  /** Throws {@link LoginRefused} (429) while the address must wait. */
  public synchronized void check(String address, Instant now) {
    Failures f = failures.get(address);
    if (f == null) {
      return;
    }
    Duration left =
        Duration.between(now, f.last().plus(LoginThrottle.delayAfter(f.count(), FREE_FAILURES)));
    if (left.toMillis() > 0) {
      throw LoginRefused.callerThrottled((left.toMillis() + 999) / 1000);
    }
  }

  /**
   * Whether a login from this address succeeded here within {@link #TRUST}, and none failed since.
   */
  public synchronized boolean trusted(String address, Instant now) {
    Instant succeeded = successes.get(address);
    return succeeded != null && now.isBefore(succeeded.plus(TRUST));
  }

  public synchronized void failed(String address, Instant now) {
    successes.remove(address);
    Failures f = failures.get(address);
    failures.put(address, new Failures(f == null ? 1 : f.count() + 1, now));
  }

  public synchronized void succeeded(String address, Instant now) {
    failures.remove(address);
    successes.put(address, now);
  }

  synchronized int size() {
    return failures.size();
  }
}
