package io.roster.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A per-node budget of CPU time for the password checks of callers this node does not trust yet
 * ({@link CallerThrottle#trusted}): {@code roster.admin.check-budget-percent} of the node's cores
 * (5 % by default), at most one second's worth saved up. A caller who finds it spent is refused at
 * once ({@link LoginRefused#busy()}, 503), before any hashing and without holding a thread. This,
 * not the bound on concurrent checks ({@link PasswordChecks}), is what keeps a flood of bad
 * credentials from distinct addresses (each one a PBKDF2 check, the decoy included) from taking
 * more than that share of the CPU from SCIM: with half the cores checking, 50 such requests a
 * second left {@code GET /Users/{id}} at 73 % of its throughput (README, Benchmark).
 *
 * <p>Each admitted check is charged the CPU time its thread spent from admission to the end (the
 * hashing, mostly; on a busy machine its wall time is several times more); the previous check's
 * cost is reserved at admission, so callers arriving together cannot all slip in on one positive
 * balance.
 */
@ApplicationScoped
class PasswordBudget {
  @Inject
  @ConfigProperty(name = "roster.admin.check-budget-percent", defaultValue = "5")
  int percent;

  private LongSupplier clock;
  private LongSupplier cpuClock;
  private long nanosPerSecond;
  private long balance;
  private long refilledAt;
  private long lastCost;

  public PasswordBudget() {}

  /**
   * @param clock nanoseconds of elapsed time, for the refill
   * @param cpuClock nanoseconds of the current thread's CPU time, for the charge
   */
  PasswordBudget(long nanosPerSecond, LongSupplier clock, LongSupplier cpuClock) {
    start(nanosPerSecond, clock, cpuClock);
  }

  @PostConstruct
  void configure() {
    if (percent < 1 || percent > 100) {
      throw new IllegalStateException(
          "roster.admin.check-budget-percent must be between 1 and 100, not " + percent);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    LongSupplier cpu =
        threads.isCurrentThreadCpuTimeSupported()
            ? threads::getCurrentThreadCpuTime
            : System::nanoTime;
    start(cores * 10_000_000L * percent, System::nanoTime, cpu);
  }

  private void start(long nanosPerSecond, LongSupplier clock, LongSupplier cpuClock) {
    this.nanosPerSecond = nanosPerSecond;
    this.clock = clock;
    this.cpuClock = cpuClock;
    this.balance = nanosPerSecond;
    this.refilledAt = clock.getAsLong();
  }

  /**
   * Admits one check, charged when the returned charge is closed; a trusted caller's is free.
   *
   * @throws LoginRefused (503) when the budget is spent
   */
  public Charge admit(boolean trusted) {
    if (trusted) {
      return () -> {};
    }
    long reserved = reserve();
    long start = cpuClock.getAsLong();
    return () -> spent(reserved, cpuClock.getAsLong() - start);
  }

  private synchronized long reserve() {
    long now = clock.getAsLong();
    // Refills at nanosPerSecond per second of the clock: elapsed * rate / 1e9, without overflow.
    double refill = (double) (now - refilledAt) * nanosPerSecond / 1_000_000_000L;
    balance = (long) Math.min(nanosPerSecond, balance + refill);
    refilledAt = now;
    if (balance <= 0) {
      throw LoginRefused.busy();
    }
    balance -= lastCost;
    return lastCost;
  }

  private synchronized void spent(long reserved, long cost) {
    balance += reserved - cost;
    lastCost = cost;
  }

  /** Closed once, by try-with-resources, when the check is over. */
  interface Charge extends AutoCloseable {
    @Override
    void close();
  }
}
