package io.roster.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a token may do. An identity provider's token provisions over {@code /scim}; a host
 * application's token only reads access decisions ({@code /api/access}), so it needs no admin
 * password and cannot change anything.
 */
public enum TokenScope {
  SCIM,
  ACCESS;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TokenScope> parse(String text) {
    for (TokenScope scope : values()) {
      if (scope.wire().equalsIgnoreCase(text)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
