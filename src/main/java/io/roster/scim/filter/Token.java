package io.roster.scim.filter;

/**
 * One lexical unit of a filter or PATCH path. For {@link Kind#STRING} the text is the decoded
 * value; start and end index the original text.
 */
record Token(Kind kind, String text, int start, int end) {

  enum Kind {
    WORD,
    STRING,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    END
  }

  /** How the token reads in an error detail. */
  String describe() {
    return switch (kind) {
      case END -> "end of input";
      case STRING -> "string " + quoted(text);
      default -> quoted(text);
    };
  }

  /** Quotes client text for an error detail, cut short so details stay readable. */
  static String quoted(String text) {
    return "'" + (text.length() > 30 ? text.substring(0, 30) + "..." : text) + "'";
  }
}
