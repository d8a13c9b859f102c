package io.roster.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Endpoint secrets: made here (256 random bits, {@code whsec_} + base64url, so that secret scanners
 * recognise a leaked one), and kept in the database in a form Roster can sign with again: sealed
 * with AES-256-GCM under {@code roster.webhooks.key} (base64 of 32 bytes) when that is set, else as
 * they are (a warning at start says so). Never logged.
 */
@ApplicationScoped
public class WebhookSecrets {
  private static final Logger LOG = Logger.getLogger(WebhookSecrets.class.getName());
  private static final String SEALED = "aes:";
  private static final String PLAIN = "plain:";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "roster.webhooks.key")
  Optional<String> configuredKey;

  private SecretKeySpec key;

  @PostConstruct
  void init() {
    configuredKey
        .filter(k -> !k.isBlank())
        .ifPresentOrElse(
            k -> {
              byte[] bytes = Base64.getDecoder().decode(k.strip());
              if (bytes.length != 32) {
                throw new IllegalStateException(
                    "roster.webhooks.key must be the base64 of 32 bytes (openssl rand -base64 32)");
              }
              key = new SecretKeySpec(bytes, "AES");
            },
            () ->
                LOG.warning(
                    "roster.webhooks.key is not set: webhook secrets are stored unencrypted"));
  }

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of {@code secret}. */
  String seal(String secret) {
    if (key == null) {
      return PLAIN + secret;
    }
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return SEALED
          + Base64.getEncoder()
              .encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
  }

  /** The secret of its stored form. */
  String open(String stored) {
    if (stored.startsWith(PLAIN)) {
      return stored.substring(PLAIN.length());
    }
    if (key == null) {
      throw new IllegalStateException(
          "A webhook secret is encrypted but roster.webhooks.key is not set");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
      return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A webhook secret does not open with roster.webhooks.key");
    }
  }
}
