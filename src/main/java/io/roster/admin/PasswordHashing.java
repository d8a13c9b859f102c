package io.roster.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2, configured as OWASP recommends for HMAC-SHA512 (210,000 iterations).
 * The parameters are stored inside each hash, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Verified against when the user name is unknown, so that case takes as long as a real one. */
  private String decoy;

  /** How long a check takes here, a moving average: a refusal without a check waits as long. */
  private volatile long checkNanos;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(PARAMETERS);
    decoy = pbkdf2.generate(randomPassword().toCharArray());
    long start = System.nanoTime();
    pbkdf2.verify(randomPassword().toCharArray(), decoy);
    checkNanos = System.nanoTime() - start;
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String hash) {
    long start = System.nanoTime();
    boolean verified = pbkdf2.verify(password.toCharArray(), hash);
    checkNanos = (7 * checkNanos + System.nanoTime() - start) / 8;
    return verified;
  }

  public void verifyDecoy(String password) {
    verify(password, decoy);
  }

  /** Spends a check's time without its CPU: the answer for an account refused unchecked. */
  public void waitAsLongAsACheck() {
    try {
      Thread.sleep(checkNanos / 1_000_000, (int) (checkNanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
