package io.roster.api;

import jakarta.ws.rs.BadRequestException;

/**
 * The {@code offset} and {@code limit} query parameters of an admin API listing. Read as text, so
 * that "abc" is a 400 that says why, not the 404 JAX-RS gives a parameter it cannot convert.
 */
public record Paging(int offset, int limit) {
  public static Paging parse(String offset, String limit, int defaultLimit, int maxLimit) {
    int from = number(offset, 0);
    int size = number(limit, defaultLimit);
    if (from < 0 || size < 1 || size > maxLimit) {
      throw invalid(maxLimit);
    }
    return new Paging(from, size);
  }

  private static int number(String value, int absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static BadRequestException invalid(int maxLimit) {
    return new BadRequestException(
        "offset must be a whole number >= 0 and limit one between 1 and " + maxLimit);
  }
}
