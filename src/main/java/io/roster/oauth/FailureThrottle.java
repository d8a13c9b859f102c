package io.roster.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down guessing at the token endpoint, per {@code client_id} and per caller address: after
 * {@link #FREE_FAILURES} failed authentications of a client ({@link #FREE_ADDRESS_FAILURES} from an
 * address, which many tenants of one identity provider may share) a key must wait 1, 2, 4...
 * seconds (at most {@link #MAX_DELAY_SECONDS}) after its last failure; attempts within the wait are
 * refused unchecked. A success clears both keys. Kept in memory per node and bounded to {@link
 * #MAX_KEYS} keys (the least recently failed are forgotten first): with N nodes a guesser gets up
 * to N times the attempts, which 256-bit secrets leave harmless; the throttle protects the database
 * and the audit log from floods.
 */
@ApplicationScoped
public class FailureThrottle {
  static final String CLIENT = "client:";
  static final String ADDRESS = "address:";
  static final int FREE_FAILURES = 5;
  static final int FREE_ADDRESS_FAILURES = 20;
  static final long MAX_DELAY_SECONDS = 300;
  static final int MAX_KEYS = 10_000;

  private record Failures(int count, long lastNanos) {}

  private final Map<String, Failures> failures =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > MAX_KEYS;
        }
      };

  /** 0 if every key may try now, else the whole seconds to wait. */
  synchronized long secondsToWait(long nowNanos, String... keys) {
    long wait = 0;
    for (String key : keys) {
      Failures f = failures.get(key);
      if (f != null) {
        long until =
            f.lastNanos()
                + delaySeconds(
                        f.count(), key.startsWith(ADDRESS) ? FREE_ADDRESS_FAILURES : FREE_FAILURES)
                    * 1_000_000_000L;
        wait = Math.max(wait, (until - nowNanos + 999_999_999L) / 1_000_000_000L);
      }
    }
    return wait;
  }

  synchronized void failed(long nowNanos, String... keys) {
    for (String key : keys) {
      Failures f = failures.get(key);
      failures.put(key, new Failures(f == null ? 1 : f.count() + 1, nowNanos));
    }
  }

  synchronized void succeeded(String... keys) {
    for (String key : keys) {
      failures.remove(key);
    }
  }

  static long delaySeconds(int count, int free) {
    if (count < free) {
      return 0;
    }
    return Math.min(MAX_DELAY_SECONDS, 1L << Math.min(count - free, 20));
  }
}
