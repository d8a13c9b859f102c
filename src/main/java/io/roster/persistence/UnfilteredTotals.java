package io.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The size of a whole table, counted at most every {@link #TTL} per node. An unfiltered listing
 * (Okta's import pages through every user) would otherwise count 100,000 rows for every page; a
 * totalResults up to two seconds old is harmless, and filtered counts are never cached.
 */
@ApplicationScoped
public class UnfilteredTotals {
  static final Duration TTL = Duration.ofSeconds(2);

  private record Counted(long total, long at) {}

  private final Map<Class<?>, Counted> totals = new ConcurrentHashMap<>();

  long get(Class<?> entity, LongSupplier count) {
    long now = System.nanoTime();
    Counted counted = totals.get(entity);
    if (counted == null || now - counted.at() > TTL.toNanos()) {
      counted = new Counted(count.getAsLong(), now);
      totals.put(entity, counted);
    }
    return counted.total();
  }
}
