package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
  static final long SECOND = 1_000_000_000L;

  @Test
  void allowsTheBurstThenRefusesWithTheTimeToWait() {
    TokenBucket bucket = new TokenBucket(20, 0);
    for (int i = 0; i < 20; i++) {
      assertEquals(0, bucket.tryTake(0, 10, 20), "request " + i);
    }
    long wait = bucket.tryTake(0, 10, 20);
    assertEquals(SECOND / 10, wait);
  }

  @Test
  void refillsAtTheRateUpToTheBurst() {
    TokenBucket bucket = new TokenBucket(20, 0);
    for (int i = 0; i < 20; i++) {
      bucket.tryTake(0, 10, 20);
    }
    assertEquals(0, bucket.tryTake(SECOND / 10, 10, 20));
    assertTrue(bucket.tryTake(SECOND / 10, 10, 20) > 0);

    long muchLater = 100 * SECOND;
    for (int i = 0; i < 20; i++) {
      assertEquals(0, bucket.tryTake(muchLater, 10, 20), "refilled request " + i);
    }
    assertTrue(bucket.tryTake(muchLater, 10, 20) > 0, "never more than the burst");
  }

  @Test
  void aLoweredBurstCapsWhatIsAvailable() {
    TokenBucket bucket = new TokenBucket(1000, 0);
    assertEquals(0, bucket.tryTake(0, 1, 2));
    assertEquals(0, bucket.tryTake(0, 1, 2));
    assertTrue(bucket.tryTake(0, 1, 2) > 0);
  }
}
