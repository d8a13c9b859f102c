package io.roster.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing of stored secrets: round trip, fresh IVs, bound to key and setting. */
class SecretBoxTest {
  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sealsAndOpens() {
    String sealed = SecretBox.seal(KEY, "s3cr3t-value", "sso.oidc.client-secret");
    assertFalse(sealed.contains("s3cr3t"));
    assertEquals("s3cr3t-value", SecretBox.open(KEY, sealed, "sso.oidc.client-secret"));
    assertNotEquals(sealed, SecretBox.seal(KEY, "s3cr3t-value", "sso.oidc.client-secret"));
  }

  @Test
  void refusesAnotherKeyAnotherSettingOrATamperedValue() {
    String sealed = SecretBox.seal(KEY, "s3cr3t-value", "sso.oidc.client-secret");
    byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    assertThrows(
        SecretBox.NoKey.class, () -> SecretBox.open(other, sealed, "sso.oidc.client-secret"));
    assertThrows(SecretBox.NoKey.class, () -> SecretBox.open(KEY, sealed, "another.setting"));
    String tampered = sealed.substring(0, sealed.length() - 2) + "AA";
    assertThrows(
        SecretBox.NoKey.class, () -> SecretBox.open(KEY, tampered, "sso.oidc.client-secret"));
    assertThrows(
        SecretBox.NoKey.class, () -> SecretBox.open(KEY, "plain text", "sso.oidc.client-secret"));
  }
}
