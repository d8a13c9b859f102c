package io.roster.scim.filter;

import java.util.Locale;
import java.util.Optional;

/** The comparison operators of RFC 7644 §3.4.2.2 ({@code pr} is {@link Filter.Present}). */
public enum Operator {
  EQ,
  NE,
  CO,
  SW,
  EW,
  GT,
  GE,
  LT,
  LE;

  /** Operators are case-insensitive on the wire: {@code EQ}, {@code eq} and {@code Eq} are one. */
  public static Optional<Operator> parse(String token) {
    try {
      return Optional.of(valueOf(token.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
