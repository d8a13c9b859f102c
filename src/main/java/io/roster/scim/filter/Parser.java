package io.roster.scim.filter;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.Filter.And;
import io.roster.scim.filter.Filter.Compare;
import io.roster.scim.filter.Filter.Not;
import io.roster.scim.filter.Filter.Or;
import io.roster.scim.filter.Filter.Present;
import io.roster.scim.filter.Filter.ValuePath;
import io.roster.scim.filter.Token.Kind;
import jakarta.json.JsonValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for the filter grammar of RFC 7644 §3.4.2.2 and the PATCH path grammar
 * of §3.5.2. Precedence is {@code not} over {@code and} over {@code or}; {@code and}/{@code or}
 * chains are parsed in loops and associate to the left, so only grouping recurses, and grouping is
 * capped at {@link #MAX_DEPTH} to keep the stack bounded whatever the client sends. The number of
 * comparisons is capped at {@link #MAX_COMPARISONS}: each may become an {@code EXISTS} subquery,
 * and 10,000 characters of {@code or}s would otherwise make about 1,250 of them.
 */
final class Parser {
  private static final int MAX_LENGTH = 10_000;
  private static final int MAX_DEPTH = 50;
  static final int MAX_COMPARISONS = 100;

  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|\\$ref");

  /** {@code urn} then non-empty segments of printable ASCII. */
  private static final Pattern SCHEMA_URN = Pattern.compile("(?i)urn(?::[\\x21-\\x7e&&[^:]]+)+");

  /** Only eq and ne make sense for true, false and null; ordering and substrings do not. */
  private static final Set<Operator> STRING_OR_NUMBER_ONLY =
      EnumSet.complementOf(EnumSet.of(Operator.EQ, Operator.NE));

  private final Syntax syntax;
  private final List<Token> tokens;
  private int next;
  private int depth;
  private int comparisons;

  Parser(String text, Syntax syntax) {
    this.syntax = syntax;
    if (text == null) {
      throw syntax.error("it is missing");
    }
    if (text.length() > MAX_LENGTH) {
      throw syntax.error("it is longer than " + MAX_LENGTH + " characters");
    }
    this.tokens = Lexer.tokenize(text, syntax);
    if (peek().kind() == Kind.END) {
      throw syntax.error("it is empty");
    }
  }

  Filter filter() {
    Filter filter = or(false);
    expect(Kind.END, "'and', 'or' or end of input");
    return filter;
  }

  PatchPath patchPath() {
    AttributePath attribute = attributePath(expect(Kind.WORD, "an attribute path"));
    Filter valueFilter = null;
    String subAttribute = null;
    if (peek().kind() == Kind.LBRACKET) {
      valueFilter = bracketed(attribute);
      subAttribute = subAttributeAfterBracket();
    }
    expect(Kind.END, "end of input");
    return new PatchPath(attribute, valueFilter, subAttribute);
  }

  /** {@code inBrackets}: inside a valuePath, paths name sub-attributes and brackets cannot nest. */
  private Filter or(boolean inBrackets) {
    Filter filter = and(inBrackets);
    while (atKeyword("or")) {
      next++;
      filter = new Or(filter, and(inBrackets));
    }
    return filter;
  }

  private Filter and(boolean inBrackets) {
    Filter filter = unary(inBrackets);
    while (atKeyword("and")) {
      next++;
      filter = new And(filter, unary(inBrackets));
    }
    return filter;
  }

  private Filter unary(boolean inBrackets) {
    Token token = peek();
    if (token.kind() == Kind.LPAREN) {
      return parenthesized(inBrackets);
    }
    if (atKeyword("not")) {
      next++;
      if (peek().kind() != Kind.LPAREN) {
        throw unexpected(peek(), "'(' after 'not'");
      }
      return new Not(parenthesized(inBrackets));
    }
    if (token.kind() != Kind.WORD) {
      throw unexpected(token, "an attribute path, '(' or 'not'");
    }
    next++;
    if (inBrackets) {
      return comparison(subAttributePath(token));
    }
    AttributePath path = attributePath(token);
    if (peek().kind() != Kind.LBRACKET) {
      return comparison(path);
    }
    Filter inner = bracketed(path);
    if (!atSubAttributeAfterBracket()) {
      return new ValuePath(path, inner);
    }
    // Entra ID sends emails[type eq "work"].value eq "x": the same element must match both tests.
    AttributePath sub = AttributePath.of(subAttributeAfterBracket());
    return new ValuePath(path, new And(inner, comparison(sub)));
  }

  private Filter parenthesized(boolean inBrackets) {
    enter(expect(Kind.LPAREN, "'('"));
    Filter filter = or(inBrackets);
    expect(Kind.RPAREN, "'and', 'or' or ')'");
    depth--;
    return filter;
  }

  private Filter bracketed(AttributePath path) {
    Token open = expect(Kind.LBRACKET, "'['");
    if (path.subAttribute() != null) {
      throw syntax.error(
          open.start(),
          "'[' must follow a multi-valued attribute, not the sub-attribute "
              + Token.quoted(path.toString()));
    }
    enter(open);
    Filter inner = or(true);
    expect(Kind.RBRACKET, "'and', 'or' or ']'");
    depth--;
    return inner;
  }

  /** A word glued to the preceding ']' and starting with '.', as in {@code emails[...].value}. */
  private boolean atSubAttributeAfterBracket() {
    Token token = peek();
    return token.kind() == Kind.WORD
        && token.text().startsWith(".")
        && token.start() == tokens.get(next - 1).end();
  }

  /** The sub-attribute name after {@code ].}, or null when there is none. */
  private String subAttributeAfterBracket() {
    if (!atSubAttributeAfterBracket()) {
      return null;
    }
    Token token = tokens.get(next++);
    return attributeName(token.text().substring(1), token.start() + 1);
  }

  private Filter comparison(AttributePath path) {
    Token token = tokens.get(next++);
    if (++comparisons > MAX_COMPARISONS) {
      throw syntax.error(
          token.start(), "it has more than " + MAX_COMPARISONS + " comparisons, the cap");
    }
    String word = token.kind() == Kind.WORD ? Literals.lower(token.text()) : "";
    if (word.equals("pr")) {
      return new Present(path);
    }
    Operator operator =
        Operator.parse(word)
            .orElseThrow(
                () ->
                    unexpected(
                        token,
                        "an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr) after "
                            + Token.quoted(path.toString())));
    return new Compare(path, operator, value(operator));
  }

  private JsonValue value(Operator operator) {
    Token token = tokens.get(next++);
    String op = operator.name().toLowerCase(Locale.ROOT);
    JsonValue value =
        switch (token.kind()) {
          case STRING -> Literals.string(token.text());
          case WORD -> Literals.unquoted(token.text());
          default -> null;
        };
    if (value == null) {
      throw unexpected(
          token, "a value (a JSON string, number, true, false or null) after '" + op + "'");
    }
    boolean stringOrNumber =
        value.getValueType() == JsonValue.ValueType.STRING
            || value.getValueType() == JsonValue.ValueType.NUMBER;
    if (!stringOrNumber && STRING_OR_NUMBER_ONLY.contains(operator)) {
      throw syntax.error(
          token.start(), "'" + op + "' needs a string or number value, found " + token.describe());
    }
    return value;
  }

  /** {@code [URN ":"] name ["." name]}; the URN is everything before the last ':'. */
  private AttributePath attributePath(Token token) {
    String text = token.text();
    int colon = text.lastIndexOf(':');
    String urn = colon < 0 ? null : text.substring(0, colon);
    if (urn != null && !SCHEMA_URN.matcher(urn).matches()) {
      throw syntax.error(token.start(), Token.quoted(urn) + " is not a schema URN");
    }
    int nameStart = colon + 1;
    int dot = text.indexOf('.', nameStart);
    if (dot < 0) {
      String name = attributeName(text.substring(nameStart), token.start() + nameStart);
      return new AttributePath(urn, name, null);
    }
    String name = attributeName(text.substring(nameStart, dot), token.start() + nameStart);
    String sub = attributeName(text.substring(dot + 1), token.start() + dot + 1);
    return new AttributePath(urn, name, sub);
  }

  /** Inside brackets a path is a plain sub-attribute name of the element, e.g. {@code type}. */
  private AttributePath subAttributePath(Token token) {
    String text = token.text();
    if (text.contains(":") || text.contains(".")) {
      throw syntax.error(
          token.start(),
          "inside '[...]' expected a sub-attribute name such as 'value', found "
              + token.describe());
    }
    if (peek().kind() == Kind.LBRACKET) {
      throw syntax.error(peek().start(), "value filters cannot be nested");
    }
    return AttributePath.of(attributeName(text, token.start()));
  }

  private String attributeName(String name, int position) {
    if (!ATTRIBUTE_NAME.matcher(name).matches()) {
      throw syntax.error(
          position,
          "expected an attribute name (a letter, then letters, digits, '-' or '_'), found "
              + (name.isEmpty() ? "nothing" : Token.quoted(name)));
    }
    return name;
  }

  private boolean atKeyword(String keyword) {
    Token token = peek();
    return token.kind() == Kind.WORD && Literals.lower(token.text()).equals(keyword);
  }

  private void enter(Token token) {
    if (++depth > MAX_DEPTH) {
      throw syntax.error(token.start(), "nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private Token expect(Kind kind, String expected) {
    Token token = peek();
    if (token.kind() != kind) {
      throw unexpected(token, expected);
    }
    next++;
    return token;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private ScimException unexpected(Token token, String expected) {
    return syntax.error(token.start(), "expected " + expected + ", found " + token.describe());
  }
}
