package io.roster.scim.filter;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns filter words into JSON values and keywords, matching case-insensitively in ASCII only. */
final class Literals {
  /** Looked up once: {@code Json.createValue} would search the service loader on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The JSON number grammar of RFC 8259 §6: no leading zeros, '+' or bare '.'. */
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private Literals() {}

  static JsonValue string(String value) {
    return JSON.createValue(value);
  }

  /** An unquoted compValue: true, false, null (any case) or a JSON number; null if it is none. */
  static JsonValue unquoted(String word) {
    JsonValue keyword =
        switch (lower(word)) {
          case "true" -> JsonValue.TRUE;
          case "false" -> JsonValue.FALSE;
          case "null" -> JsonValue.NULL;
          default -> null;
        };
    if (keyword != null) {
      return keyword;
    }
    Matcher number = NUMBER.matcher(word);
    if (!number.matches()) {
      return null;
    }
    try {
      if (number.group(1) == null && number.group(2) == null) {
        BigInteger integer = new BigInteger(word);
        return integer.bitLength() < 64
            ? JSON.createValue(integer.longValue())
            : JSON.createValue(integer);
      }
      return JSON.createValue(new BigDecimal(word));
    } catch (NumberFormatException e) {
      // Only an exponent beyond int range gets here (e.g. 1e9999999999): not a usable number.
      return null;
    }
  }

  /**
   * The word lower-cased, or "" when it holds non-ASCII characters: Unicode case folding would
   * otherwise let e.g. U+017F (long s) spell {@code sw} or {@code false}.
   */
  static String lower(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7f) {
        return "";
      }
    }
    return word.toLowerCase(Locale.ROOT);
  }
}
