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
 */
@ApplicationScoped
class CallerThrottle {
  static final int FREE_FAILURES = 20;
  static final int MAX_ADDRESSES = 10_000;

  private final Map<String, Failures> failures =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  private record Failures(int count, Instant last) {}

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

  public synchronized void failed(String address, Instant now) {
    Failures f = failures.get(address);
    failures.put(address, new Failures(f == null ? 1 : f.count() + 1, now));
  }

  public synchronized void succeeded(String address) {
    failures.remove(address);
  }

  synchronized int size() {
    return failures.size();
  }
}
