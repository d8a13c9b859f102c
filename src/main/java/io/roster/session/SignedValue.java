package io.roster.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A cookie value signed with HMAC-SHA256: {@code payload.signature}, the signature in unpadded
 * Base64url. The console's session and an SSO sign-in in progress are carried this way, so that any
 * node holding the key can trust them.
 */
public final class SignedValue {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private SignedValue() {}

  /** {@code payload} (which may hold dots) with its signature appended. */
  public static String sign(byte[] key, String payload) {
    return payload + "." + ENCODER.encodeToString(mac(key, payload));
  }

  /** The payload of a value {@link #sign} made with {@code key}; empty for anything else. */
  public static Optional<String> verify(byte[] key, String value) {
    if (value == null) {
      return Optional.empty();
    }
    int lastDot = value.lastIndexOf('.');
    if (lastDot < 0) {
      return Optional.empty();
    }
    String payload = value.substring(0, lastDot);
    try {
      byte[] signature = Base64.getUrlDecoder().decode(value.substring(lastDot + 1));
      return MessageDigest.isEqual(signature, mac(key, payload))
          ? Optional.of(payload)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** HMAC-SHA256 of {@code text} under {@code key}; also how keys are derived from the secret. */
  public static byte[] mac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
