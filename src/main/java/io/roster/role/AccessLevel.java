package io.roster.role;

import java.util.Locale;
import java.util.Optional;

/** The fixed, ordered scale of access a role grants in one area: none < view < edit < admin. */
public enum AccessLevel {
  NONE,
  VIEW,
  EDIT,
  ADMIN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AccessLevel> parse(String text) {
    for (AccessLevel level : values()) {
      if (level.wire().equalsIgnoreCase(text)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public AccessLevel max(AccessLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
