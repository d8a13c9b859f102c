package io.roster.provisioning;

import java.util.regex.Pattern;

/**
 * The shape of an error detail: quoted values, ids and numbers replaced, so that "User 1f3… not
 * found" and "User 9c2… not found" fall into one error group.
 */
final class ErrorShape {
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
  private static final Pattern UUID =
      Pattern.compile(
          "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+(\\.\\d+)?\\b");

  /** A word with a digit in it is an id or a value (rst_…, user42), not part of the message. */
  private static final Pattern WORD_WITH_DIGIT = Pattern.compile("[^\\s,;:()]*\\d[^\\s,;:()]*");

  /** Roster's details name a value right after its attribute or type: "userName alice is…". */
  private static final Pattern NAMED_VALUE =
      Pattern.compile(
          "\\b(userName|displayName|externalId|User|Group|Role)\\s+(?!\\{)\\S+(?=\\s+(?:is|not|was|does)\\b)");

  private ErrorShape() {}

  static String of(String detail) {
    if (detail == null) {
      return null;
    }
    String shape = QUOTED.matcher(detail).replaceAll("\"…\"");
    shape = UUID.matcher(shape).replaceAll("{id}");
    shape = NUMBER.matcher(shape).replaceAll("{n}");
    shape = WORD_WITH_DIGIT.matcher(shape).replaceAll("{value}");
    return NAMED_VALUE.matcher(shape).replaceAll("$1 {value}");
  }
}
