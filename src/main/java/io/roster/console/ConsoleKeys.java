package io.roster.console;

import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * The console's keys, derived from one random secret kept in the {@code setting} table, so that
 * every node signs session cookies and encrypts Faces view state alike: a load balancer needs no
 * sticky sessions. The first node to need it creates it ({@link SettingsService#getOrCreate}, so
 * two nodes racing agree). Deleting the row (and restarting) signs everyone out.
 */
@ApplicationScoped
public class ConsoleKeys {
  static final String SETTING = "console.secret";

  /** Where MyFaces looks for its client-side state keys (StateUtils). */
  static final String FACES_SECRET = "org.apache.myfaces.SECRET.CACHE";

  static final String FACES_MAC_SECRET = "org.apache.myfaces.MAC_SECRET.CACHE";

  @Inject SettingsService settings;

  private volatile byte[] secret;

  /** The key that signs session cookies. */
  public byte[] sessionKey() {
    return derive("session-cookie");
  }

  /** Makes MyFaces encrypt and sign view state with keys every node shares. */
  public void installFacesKeys(ServletContext context) {
    context.setAttribute(FACES_SECRET, new SecretKeySpec(derive("faces-encryption"), "AES"));
    context.setAttribute(FACES_MAC_SECRET, new SecretKeySpec(derive("faces-mac"), "HmacSHA256"));
  }

  private byte[] derive(String purpose) {
    return ConsoleSession.mac(secret(), purpose);
  }

  private byte[] secret() {
    byte[] s = secret;
    if (s == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      String stored = settings.getOrCreate(SETTING, Base64.getEncoder().encodeToString(fresh));
      s = Base64.getDecoder().decode(stored.getBytes(StandardCharsets.US_ASCII));
      secret = s;
    }
    return s;
  }
}
