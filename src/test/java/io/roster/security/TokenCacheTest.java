package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.audit.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
  static final String HASH = "a".repeat(64);

  static TokenCache.Entry entry(long generation) {
    UUID id = UUID.randomUUID();
    return new TokenCache.Entry(
        generation, new ScimAccess.Caller(id, Actor.token(id.toString(), "t")), null, true, null);
  }

  @Test
  void answersNothingUntilTheListenerListens() {
    TokenCache cache = new TokenCache();
    cache.remember(HASH, entry(cache.generation()));
    assertFalse(cache.find(HASH).isPresent());
  }

  @Test
  void answersWhatWasReadWhileListening() {
    TokenCache cache = new TokenCache();
    cache.listening(true);
    cache.remember(HASH, entry(cache.generation()));
    assertTrue(cache.find(HASH).isPresent());
  }

  @Test
  void aReadThatRacedANotificationIsNotKept() {
    TokenCache cache = new TokenCache();
    cache.listening(true);
    long before = cache.generation();
    cache.invalidate(); // the revocation's notification arrives while the read runs
    cache.remember(HASH, entry(before));
    assertFalse(cache.find(HASH).isPresent());
  }

  @Test
  void aNotificationOrALostListenerForgetsEverything() {
    TokenCache cache = new TokenCache();
    cache.listening(true);
    cache.remember(HASH, entry(cache.generation()));
    cache.invalidate();
    assertFalse(cache.find(HASH).isPresent());

    cache.remember(HASH, entry(cache.generation()));
    cache.listening(false);
    assertFalse(cache.find(HASH).isPresent());
    cache.listening(true);
    assertFalse(cache.find(HASH).isPresent(), "what was read before listening again is forgotten");
  }

  @Test
  void aListenerSilentForLongerThanTheWindowIsNotTrusted() throws InterruptedException {
    TokenCache cache = new TokenCache();
    cache.listening(true);
    cache.remember(HASH, entry(cache.generation()));
    Thread.sleep(TokenCache.CONFIRM_WINDOW_NANOS / 1_000_000 + 50);
    assertFalse(cache.find(HASH).isPresent());
    cache.confirm();
    assertTrue(cache.find(HASH).isPresent());
  }
}
