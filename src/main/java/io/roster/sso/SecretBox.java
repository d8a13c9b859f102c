package io.roster.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets kept in the {@code setting} table (an identity provider's client secret) with
 * AES-256-GCM under a key from configuration, never from the database: {@code roster.sso.key}
 * (environment variable ROSTER_SSO_KEY, 32 random bytes in Base64) or a file holding it ({@code
 * roster.sso.key-file}). Each value is bound to the setting it belongs to (GCM's associated data),
 * so a stored ciphertext cannot be moved to another setting.
 */
@ApplicationScoped
public class SecretBox {
  static final String PREFIX = "v1.";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "roster.sso.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "roster.sso.key-file")
  Optional<String> keyFile;

  /** Thrown when no usable key is configured; the message says what to set. */
  public static class NoKey extends RuntimeException {
    NoKey(String message) {
      super(message);
    }
  }

  /** Whether a key is configured, so that a secret can be saved. */
  public boolean available() {
    try {
      key();
      return true;
    } catch (NoKey e) {
      return false;
    }
  }

  /** {@code plain} encrypted for the setting {@code purpose}. */
  public String seal(String plain, String purpose) {
    return seal(key(), plain, purpose);
  }

  /**
   * The plain text of a value {@link #seal} made for {@code purpose}.
   *
   * @throws NoKey when the key is missing or not the one the value was sealed with
   */
  public String open(String sealed, String purpose) {
    return open(key(), sealed, purpose);
  }

  static String seal(byte[] key, String plain, String purpose) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed =
        crypt(Cipher.ENCRYPT_MODE, key, iv, purpose, plain.getBytes(StandardCharsets.UTF_8));
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return PREFIX + b64.encodeToString(iv) + "." + b64.encodeToString(sealed);
  }

  static String open(byte[] key, String sealed, String purpose) {
    String[] parts =
        sealed.startsWith(PREFIX) ? sealed.substring(PREFIX.length()).split("\\.") : new String[0];
    if (parts.length != 2) {
      throw new NoKey("The stored " + purpose + " is not in a known format; enter it again.");
    }
    Base64.Decoder b64 = Base64.getUrlDecoder();
    return new String(
        crypt(Cipher.DECRYPT_MODE, key, b64.decode(parts[0]), purpose, b64.decode(parts[1])),
        StandardCharsets.UTF_8);
  }

  private static byte[] crypt(int mode, byte[] key, byte[] iv, String purpose, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new NoKey(
          "The stored "
              + purpose
              + " cannot be decrypted with the configured ROSTER_SSO_KEY (was the key changed?);"
              + " enter it again.");
    }
  }

  private byte[] key() {
    String encoded = key.filter(k -> !k.isBlank()).orElseGet(this::fromFile);
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != 32) {
      throw new NoKey(
          "ROSTER_SSO_KEY must be 32 random bytes in Base64 (for example the output of"
              + " `openssl rand -base64 32`).");
    }
    return bytes;
  }

  private String fromFile() {
    String path =
        keyFile
            .filter(f -> !f.isBlank())
            .orElseThrow(
                () ->
                    new NoKey(
                        "No encryption key for SSO secrets: set ROSTER_SSO_KEY (or"
                            + " ROSTER_SSO_KEY_FILE) on every node, for example to the output of"
                            + " `openssl rand -base64 32`."));
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new NoKey("ROSTER_SSO_KEY_FILE " + path + " cannot be read.");
    }
  }
}
