package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {
  @Test
  void secretIsPrefixedBase64urlOf32RandomBytes() {
    String secret = TokenSecrets.generate();
    assertTrue(secret.startsWith("rst_"), secret);
    assertEquals(32, Base64.getUrlDecoder().decode(secret.substring(4)).length);
    assertNotEquals(secret, TokenSecrets.generate());
  }

  @Test
  void hashIsLowerCaseHexSha256() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenSecrets.hash("abc"));
  }

  @Test
  void sameHashComparesWholeValues() {
    String hash = TokenSecrets.hash("rst_x");
    assertTrue(TokenSecrets.sameHash(hash, TokenSecrets.hash("rst_x")));
    String firstDiffers = (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1);
    String lastDiffers = hash.substring(0, 63) + (hash.charAt(63) == 'a' ? "b" : "a");
    assertFalse(TokenSecrets.sameHash(hash, firstDiffers));
    assertFalse(TokenSecrets.sameHash(hash, lastDiffers));
    assertFalse(TokenSecrets.sameHash(hash, hash.substring(0, 63)));
  }
}
