package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes (two limiters, each with its own memory, on the one PostgreSQL) pressing one token's
 * budget together are held to the budget of one, not one each.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterRateLimitIT {
  static final int RATE = 200;

  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Inject RateWindows windows;

  private RateLimiter node() {
    RateLimiter node = new RateLimiter();
    node.windows = windows;
    node.rateSetting = () -> RATE;
    return node;
  }

  @Test
  void twoNodesTogetherStayWithinOneBudget() {
    RateLimiter first = node();
    RateLimiter second = node();
    UUID token = UUID.randomUUID();
    int[] admitted = new int[2];
    long start = System.nanoTime();
    long end = start + 3_000_000_000L;
    while (System.nanoTime() < end) {
      if (first.secondsToWait(token) == 0) {
        admitted[0]++;
      }
      if (second.secondsToWait(token) == 0) {
        admitted[1]++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = admitted[0] + admitted[1];
    String counts = "admitted " + admitted[0] + " + " + admitted[1] + " in " + seconds + " s";
    // Windows are seconds of PostgreSQL's clock: 3 s of pressing touch at most 4 of them.
    assertTrue(total <= RATE * (Math.ceil(seconds) + 1), counts);
    // Each full window inside the run is used, less what each node held unused at its end.
    assertTrue(total >= (RATE - 2 * RATE / RateLimiter.SHARES) * (Math.floor(seconds) - 1), counts);
    assertTrue(admitted[0] > 0 && admitted[1] > 0, counts);
  }
}
