package io.roster.scim.filter;

import io.roster.scim.filter.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits filter text into tokens. Attribute paths, operators, keywords and unquoted values are all
 * {@link Kind#WORD}s because only the parser knows which one is expected where.
 */
final class Lexer {
  /** Characters that end a word; everything else, including ':' and '.', belongs to it. */
  private static final String WORD_END = " ()[]\"";

  private final String text;
  private final Syntax syntax;
  private int pos;

  private Lexer(String text, Syntax syntax) {
    this.text = text;
    this.syntax = syntax;
  }

  /** The tokens of {@code text}, always ending with one {@link Kind#END}. */
  static List<Token> tokenize(String text, Syntax syntax) {
    return new Lexer(text, syntax).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      // RFC 7644 separates tokens with SP only; tabs and newlines stay inside words and fail there.
      while (pos < text.length() && text.charAt(pos) == ' ') {
        pos++;
      }
      if (pos == text.length()) {
        tokens.add(new Token(Kind.END, "", pos, pos));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = pos;
    char c = text.charAt(pos);
    Kind punctuation =
        switch (c) {
          case '(' -> Kind.LPAREN;
          case ')' -> Kind.RPAREN;
          case '[' -> Kind.LBRACKET;
          case ']' -> Kind.RBRACKET;
          default -> null;
        };
    if (punctuation != null) {
      pos++;
      return new Token(punctuation, String.valueOf(c), start, pos);
    }
    if (c == '"') {
      return string();
    }
    while (pos < text.length() && WORD_END.indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    return new Token(Kind.WORD, text.substring(start, pos), start, pos);
  }

  /** A JSON string (RFC 8259 §7): raw control characters are refused, escapes are decoded. */
  private Token string() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return new Token(Kind.STRING, value.toString(), start, pos);
      } else if (c == '\\') {
        value.append(escape(start));
      } else if (c < 0x20) {
        throw syntax.error(pos - 1, "control characters in a string must be escaped");
      } else {
        value.append(c);
      }
    }
    throw syntax.error(start, "unterminated string");
  }

  private char escape(int stringStart) {
    if (pos == text.length()) {
      throw syntax.error(stringStart, "unterminated string");
    }
    char c = text.charAt(pos++);
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicodeEscape();
      default -> throw syntax.error(pos - 2, "invalid escape '\\" + c + "' in string");
    };
  }

  private char unicodeEscape() {
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = pos < text.length() ? hexDigit(text.charAt(pos)) : -1;
      if (digit < 0) {
        throw syntax.error(pos, "expected 4 hex digits after '\\u'");
      }
      code = code * 16 + digit;
      pos++;
    }
    return (char) code;
  }

  /** ASCII only: Character.digit would also accept non-ASCII digits, which JSON does not. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
