package io.roster.session;

import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The secret behind the console's keys, from the first of: a mounted file ({@code
 * roster.console.secret-file}: the current secret on its first line and, during a rotation, the
 * previous one on the second), the setting {@code roster.console.secret} (with {@code
 * roster.console.secret-previous} during a rotation), or, for the embedded default only, a random
 * secret kept in the {@code setting} table. Configuration and file are looked at again at most
 * every {@link #CHECK_NANOS} (the file is read again only when its modification time changed), so a
 * rotated Kubernetes Secret applies on every node within seconds, without a restart.
 */
@ApplicationScoped
public class ConsoleSecret {
  static final String SETTING = "console.secret";
  static final String FILE = "roster.console.secret-file";
  static final String VALUE = "roster.console.secret";
  static final String PREVIOUS = "roster.console.secret-previous";

  /** Shorter configured secrets are refused: they could be guessed offline from one cookie. */
  static final int MIN_LENGTH = 32;

  static final long CHECK_NANOS = 10_000_000_000L;

  private static final Logger LOG = Logger.getLogger(ConsoleSecret.class.getName());

  /** The secret that signs, then the one still accepted during a rotation (if any). */
  record Secrets(String source, List<byte[]> keys) {
    byte[] current() {
      return keys.get(0);
    }
  }

  @Inject Config config;
  @Inject SettingsService settings;

  private volatile Secrets secrets;
  private volatile long nextCheck;
  private Path readFile;
  private FileTime readModified;

  /**
   * A configured secret that is too short or unreadable stops the application at start, with the
   * reason in the log, rather than failing at the first sign-in.
   */
  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (config.getOptionalValue(FILE, String.class).isPresent()
        || config.getOptionalValue(VALUE, String.class).isPresent()) {
      refresh();
    }
  }

  Secrets get() {
    Secrets s = secrets;
    if (s == null || System.nanoTime() - nextCheck >= 0) {
      s = refresh();
    }
    return s;
  }

  /** Looks at the configuration (and the file) now. */
  synchronized Secrets refresh() {
    Optional<Path> file = config.getOptionalValue(FILE, String.class).map(Path::of);
    Secrets found;
    if (file.isPresent()) {
      found = fromFile(file.get());
    } else {
      readFile = null;
      found =
          config
              .getOptionalValue(VALUE, String.class)
              .map(
                  value ->
                      configured(
                          VALUE,
                          List.of(
                              value, config.getOptionalValue(PREVIOUS, String.class).orElse(""))))
              .orElseGet(this::stored);
    }
    if (secrets == null || !found.source().equals(secrets.source())) {
      LOG.info("The console's keys come from " + found.source());
    }
    secrets = found;
    nextCheck = System.nanoTime() + CHECK_NANOS;
    return found;
  }

  private Secrets fromFile(Path file) {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (secrets != null && file.equals(readFile) && modified.equals(readModified)) {
        return secrets;
      }
      Secrets read =
          configured(
              "the file " + file,
              Files.readAllLines(file, StandardCharsets.UTF_8).stream().toList());
      readFile = file;
      readModified = modified;
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the console secret file " + file, e);
    }
  }

  private static Secrets configured(String source, List<String> lines) {
    List<byte[]> keys =
        lines.stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .limit(2)
            .map(line -> line.getBytes(StandardCharsets.UTF_8))
            .toList();
    if (keys.isEmpty() || keys.stream().anyMatch(k -> k.length < MIN_LENGTH)) {
      throw new IllegalStateException(
          "The console secret from "
              + source
              + " must be at least "
              + MIN_LENGTH
              + " characters (for example: openssl rand -base64 33)");
    }
    return new Secrets(source, keys);
  }

  /** The embedded default: created by the first node that needs it, the same for all. */
  private Secrets stored() {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    String value = settings.getOrCreate(SETTING, Base64.getEncoder().encodeToString(fresh));
    return new Secrets(
        "the database (setting " + SETTING + ")",
        List.of(Base64.getDecoder().decode(value.getBytes(StandardCharsets.US_ASCII))));
  }
}
