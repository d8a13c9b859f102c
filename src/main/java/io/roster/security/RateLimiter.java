package io.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-token request budget of the whole cluster ({@code roster.scim.rate-limit} requests a second;
 * 0 turns it off), counted in PostgreSQL ({@link RateWindows}) in windows of one second. A node
 * takes a twentieth of the budget at a time and serves it from memory until it is spent or the
 * window ends, so the nodes together never admit more than the budget in a window; what a node took
 * and did not use by the window's end is lost (at most a twentieth of the budget per node). The
 * setting is read again once a second (a config look-up on every request cost 3.5 % of the server's
 * CPU), so a change applies within a second, without a restart.
 */
@ApplicationScoped
public class RateLimiter {
  @Inject
  @ConfigProperty(name = "roster.scim.rate-limit", defaultValue = "500")
  Provider<Integer> rateSetting;

  @Inject RateWindows windows;

  private static final long SETTING_REFRESH_NANOS = 1_000_000_000L;
  static final int SHARES = 20;

  private final Map<UUID, Lease> leases = new ConcurrentHashMap<>();
  private volatile int rate;
  private volatile long nextSettingRead = System.nanoTime();

  /** What this node holds of a budget's current window. */
  private static final class Lease {
    long endsAt = System.nanoTime();
    int remaining;
    boolean spent;
  }

  /** 0 if the request may proceed, else the whole seconds the client should wait (at least 1). */
  public long secondsToWait(UUID budgetKey) {
    int rate = rate();
    if (rate <= 0) {
      return 0;
    }
    Lease lease = leases.computeIfAbsent(budgetKey, k -> new Lease());
    synchronized (lease) {
      long now = System.nanoTime();
      if (now - lease.endsAt >= 0) {
        lease.remaining = 0;
        lease.spent = false;
      }
      if (lease.remaining == 0 && !lease.spent) {
        int share = Math.max(1, rate / SHARES);
        RateWindows.Grant grant = windows.take(budgetKey, share, rate);
        if (grant.granted() == 0 && share > 1) {
          grant = windows.take(budgetKey, 1, rate); // the window's last few requests, one by one
        }
        lease.endsAt = now + grant.nanosLeft();
        lease.remaining = grant.granted();
        lease.spent = grant.granted() == 0;
      }
      if (lease.remaining > 0) {
        lease.remaining--;
        return 0;
      }
      return Math.max(1, (lease.endsAt - now + 999_999_999L) / 1_000_000_000L);
    }
  }

  private int rate() {
    long now = System.nanoTime();
    if (now - nextSettingRead >= 0) {
      rate = rateSetting.get();
      nextSettingRead = now + SETTING_REFRESH_NANOS;
    }
    return rate;
  }
}
