package io.roster.oauth;

/**
 * Checks of what an admin enters, shared by the admin API and the console. Failures are {@link
 * IllegalArgumentException}s whose message is written for the admin.
 */
final class OAuthInput {
  private static final int MAX_TEXT = 1000;

  private OAuthInput() {}

  static String name(String name) {
    String text = required("name", name);
    if (text.length() > OAuthClients.MAX_NAME) {
      throw new IllegalArgumentException(
          "name is longer than " + OAuthClients.MAX_NAME + " characters");
    }
    return text;
  }

  static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
    }
    return value.strip();
  }

  static int within(String field, Integer value, int fallback, int min, int max) {
    if (value == null) {
      return fallback;
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max);
    }
    return value;
  }
}
