package io.roster.persistence;

import io.roster.scim.protocol.CursorCodec;
import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cursor codec of this deployment. Its key is one random secret in the {@code setting} table,
 * created by the first node to need it ({@link SettingsService#getOrCreate}, so racing nodes agree)
 * and never changed, so each node may keep it once read: a cursor issued by one node is valid on
 * every other. Deleting the row (and restarting) invalidates every cursor in circulation.
 */
@ApplicationScoped
public class ListCursors {
  static final String SETTING = "scim.cursor-key";

  @Inject SettingsService settings;

  @Inject
  @ConfigProperty(name = "roster.scim.cursor-timeout", defaultValue = "600")
  int timeoutSeconds;

  private volatile CursorCodec codec;

  /** cursorTimeout: how long a cursor stays valid, as ServiceProviderConfig advertises it. */
  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  CursorCodec codec() {
    CursorCodec c = codec;
    if (c == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      String stored = settings.getOrCreate(SETTING, Base64.getEncoder().encodeToString(fresh));
      byte[] key = Base64.getDecoder().decode(stored.getBytes(StandardCharsets.US_ASCII));
      c = new CursorCodec(key, timeout(), Clock.systemUTC());
      codec = c;
    }
    return c;
  }
}
