package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the PBKDF2 checks running at once on this node to about the number of cores: a flood of
 * bad credentials then queues here, briefly, instead of taking every CPU from the requests that
 * carry a token. Whoever waits longer than {@link #WAIT_MILLIS} is refused ({@link
 * LoginRefused#busy()}) and may retry.
 */
@ApplicationScoped
class PasswordChecks {
  static final long WAIT_MILLIS = 2_000;

  private final Semaphore permits;
  private final long waitMillis;

  public PasswordChecks() {
    this(Math.max(2, Runtime.getRuntime().availableProcessors()), WAIT_MILLIS);
  }

  PasswordChecks(int permits, long waitMillis) {
    this.permits = new Semaphore(permits, true);
    this.waitMillis = waitMillis;
  }

  /** A permit to check one password; close it when the check is done. */
  public Permit enter() {
    try {
      if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
        throw LoginRefused.busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LoginRefused.busy();
    }
    return permits::release;
  }

  /** Released once, by try-with-resources. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
