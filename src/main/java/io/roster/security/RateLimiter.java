package io.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-token request budget ({@code roster.scim.rate-limit} requests a second, bursts of two
 * seconds' worth; 0 turns it off). Kept in memory per node: with N nodes behind a load balancer a
 * token may make up to N times the budget. One small bucket per token ever used on this node. The
 * setting is read again once a second (a config look-up on every request cost 3.5 % of the server's
 * CPU), so a change in a dynamic config source (a {@code server.xml} variable, a system property)
 * applies within a second, without a restart.
 */
@ApplicationScoped
public class RateLimiter {
  @Inject
  @ConfigProperty(name = "roster.scim.rate-limit", defaultValue = "500")
  Provider<Integer> rateSetting;

  private static final long SETTING_REFRESH_NANOS = 1_000_000_000L;

  private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();
  private volatile int rate;
  private volatile long nextSettingRead = System.nanoTime();

  /** 0 if the request may proceed, else the whole seconds the client should wait (at least 1). */
  public long secondsToWait(UUID tokenId) {
    int rate = rate();
    if (rate <= 0) {
      return 0;
    }
    int burst = 2 * rate;
    long now = System.nanoTime();
    TokenBucket bucket = buckets.computeIfAbsent(tokenId, id -> new TokenBucket(burst, now));
    long waitNanos = bucket.tryTake(now, rate, burst);
    return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
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
