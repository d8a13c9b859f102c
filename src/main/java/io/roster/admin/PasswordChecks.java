package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the PBKDF2 checks running at once on this node to half the cores (at least one): a flood
 * of bad credentials then queues here, briefly, instead of taking every CPU from the requests that
 * carry a token (with as many checks as cores, 50 bad requests a second halved get-user's
 * throughput on 2 cores). Whoever waits longer than {@link #WAIT_MILLIS} is refused ({@link
 * LoginRefused#busy()}) and may retry; so is, at once, whoever finds as many callers already
 * waiting as there are permits. A waiting caller holds a request thread: without that bound a flood
 * from many addresses (50 bad requests a second) filled every thread of Liberty's executor with
 * waiters and starved SCIM entirely.
 */
@ApplicationScoped
class PasswordChecks {
  static final long WAIT_MILLIS = 2_000;

  private final Semaphore permits;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();
  private final long waitMillis;

  public PasswordChecks() {
    this(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), WAIT_MILLIS);
  }

  PasswordChecks(int permits, long waitMillis) {
    this.permits = new Semaphore(permits, true);
    this.maxWaiting = permits;
    this.waitMillis = waitMillis;
  }

  /** A permit to check one password; close it when the check is done. */
  public Permit enter() {
    if (!permits.tryAcquire()) {
      await();
    }
    return permits::release;
  }

  private void await() {
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw LoginRefused.busy();
    }
    try {
      if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
        throw LoginRefused.busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LoginRefused.busy();
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** Released once, by try-with-resources. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
