package io.roster.security;

import java.util.Optional;

/** Reads {@code Authorization: Bearer <token>} (RFC 6750 §2.1); the scheme is case-insensitive. */
final class BearerToken {
  private static final String SCHEME = "Bearer ";

  private BearerToken() {}

  static Optional<String> from(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String token = authorization.substring(SCHEME.length()).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
