package io.roster.scim.filter;

import static io.roster.scim.filter.Trees.CORE_USER;
import static io.roster.scim.filter.Trees.ENTERPRISE;
import static io.roster.scim.filter.Trees.and;
import static io.roster.scim.filter.Trees.bigInt;
import static io.roster.scim.filter.Trees.cmp;
import static io.roster.scim.filter.Trees.eq;
import static io.roster.scim.filter.Trees.not;
import static io.roster.scim.filter.Trees.num;
import static io.roster.scim.filter.Trees.or;
import static io.roster.scim.filter.Trees.pr;
import static io.roster.scim.filter.Trees.str;
import static io.roster.scim.filter.Trees.vp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.filter.Filter.Compare;
import io.roster.scim.filter.Filter.Present;
import io.roster.scim.filter.Filter.ValuePath;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

  static Stream<Arguments> validFilters() {
    return Stream.of(
        // RFC 7644 §3.4.2.2 examples
        arguments("userName eq \"bjensen\"", eq("userName", "bjensen")),
        arguments(
            "name.familyName co \"O'Malley\"",
            cmp("name.familyName", Operator.CO, str("O'Malley"))),
        arguments("userName sw \"J\"", cmp("userName", Operator.SW, str("J"))),
        arguments(
            CORE_USER + ":userName sw \"J\"",
            new Compare(new AttributePath(CORE_USER, "userName", null), Operator.SW, str("J"))),
        arguments("title pr", pr("title")),
        arguments(
            "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
            cmp("meta.lastModified", Operator.GT, str("2011-05-13T04:42:34Z"))),
        arguments(
            "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
            cmp("meta.lastModified", Operator.GE, str("2011-05-13T04:42:34Z"))),
        arguments(
            "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
            cmp("meta.lastModified", Operator.LT, str("2011-05-13T04:42:34Z"))),
        arguments(
            "meta.lastModified le \"2011-05-13T04:42:34Z\"",
            cmp("meta.lastModified", Operator.LE, str("2011-05-13T04:42:34Z"))),
        arguments(
            "title pr and userType eq \"Employee\"", and(pr("title"), eq("userType", "Employee"))),
        arguments("title pr or userType eq \"Intern\"", or(pr("title"), eq("userType", "Intern"))),
        arguments("schemas eq \"" + ENTERPRISE + "\"", eq("schemas", ENTERPRISE)),
        arguments(
            "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co"
                + " \"example.org\")",
            and(
                eq("userType", "Employee"),
                or(
                    cmp("emails", Operator.CO, str("example.com")),
                    cmp("emails.value", Operator.CO, str("example.org"))))),
        arguments(
            "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co"
                + " \"example.org\")",
            and(
                cmp("userType", Operator.NE, str("Employee")),
                not(
                    or(
                        cmp("emails", Operator.CO, str("example.com")),
                        cmp("emails.value", Operator.CO, str("example.org")))))),
        arguments(
            "userType eq \"Employee\" and (emails.type eq \"work\")",
            and(eq("userType", "Employee"), eq("emails.type", "work"))),
        arguments(
            "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
            and(
                eq("userType", "Employee"),
                vp(
                    "emails",
                    and(eq("type", "work"), cmp("value", Operator.CO, str("@example.com")))))),
        arguments(
            "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and"
                + " value co \"@foo.com\"]",
            or(
                vp(
                    "emails",
                    and(eq("type", "work"), cmp("value", Operator.CO, str("@example.com")))),
                vp("ims", and(eq("type", "xmpp"), cmp("value", Operator.CO, str("@foo.com")))))),
        // every operator
        arguments("userName ne \"x\"", cmp("userName", Operator.NE, str("x"))),
        arguments("userName ew \"x\"", cmp("userName", Operator.EW, str("x"))),
        arguments("age gt 1", cmp("age", Operator.GT, num(1))),
        arguments("age ge 1", cmp("age", Operator.GE, num(1))),
        arguments("age lt 1", cmp("age", Operator.LT, num(1))),
        arguments("age le 1", cmp("age", Operator.LE, num(1))),
        arguments("code co 42", cmp("code", Operator.CO, num(42))),
        // numbers
        arguments("age eq 42", eq("age", 42)),
        arguments("age eq 0", eq("age", 0)),
        arguments("age eq -7", eq("age", -7)),
        arguments("age eq -0", eq("age", 0)),
        arguments("age eq 3.14", cmp("age", Operator.EQ, num("3.14"))),
        arguments("age eq 1e3", cmp("age", Operator.EQ, num("1e3"))),
        arguments("age eq -2.5E-3", cmp("age", Operator.EQ, num("-2.5E-3"))),
        arguments("age eq 1E+2", cmp("age", Operator.EQ, num("1E+2"))),
        arguments("age eq 9223372036854775807", eq("age", Long.MAX_VALUE)),
        arguments(
            "age eq 12345678901234567890", cmp("age", Operator.EQ, bigInt("12345678901234567890"))),
        // true, false, null in any case
        arguments("active eq true", cmp("active", Operator.EQ, JsonValue.TRUE)),
        arguments("active eq TRUE", cmp("active", Operator.EQ, JsonValue.TRUE)),
        arguments("active eq False", cmp("active", Operator.EQ, JsonValue.FALSE)),
        arguments("active ne false", cmp("active", Operator.NE, JsonValue.FALSE)),
        arguments("manager eq null", cmp("manager", Operator.EQ, JsonValue.NULL)),
        arguments("manager ne NULL", cmp("manager", Operator.NE, JsonValue.NULL)),
        // string escapes and non-ASCII text
        arguments(
            "displayName eq \"q\\\"b\\\\s\\/b\\bf\\fn\\nr\\rt\\tu\\u00e9\\u20AC\"",
            eq("displayName", "q\"b\\s/b\bf\fn\nr\rt\tu\u00e9\u20ac")),
        arguments("displayName eq \"\\uD83D\\uDE00\"", eq("displayName", "\uD83D\uDE00")),
        arguments("displayName eq \"Zoë 日本 😀\"", eq("displayName", "Zoë 日本 😀")),
        arguments("displayName eq \"\"", eq("displayName", "")),
        arguments("displayName eq \"a and b or not (c)\"", eq("displayName", "a and b or not (c)")),
        // case-insensitive operators and logical words
        arguments("userName EQ \"x\"", eq("userName", "x")),
        arguments("userName Eq \"x\"", eq("userName", "x")),
        arguments("userName eQ \"x\"", eq("userName", "x")),
        arguments("title PR", pr("title")),
        arguments("userName SW \"J\"", cmp("userName", Operator.SW, str("J"))),
        arguments("a eq 1 AND b eq 2", and(eq("a", 1), eq("b", 2))),
        arguments("a eq 1 And b eq 2", and(eq("a", 1), eq("b", 2))),
        arguments("a eq 1 OR b eq 2", or(eq("a", 1), eq("b", 2))),
        arguments("a eq 1 oR b eq 2", or(eq("a", 1), eq("b", 2))),
        arguments("NOT (a eq 1)", not(eq("a", 1))),
        arguments("Not(a eq 1)", not(eq("a", 1))),
        // precedence: not > and > or, left-associative
        arguments("a eq 1 or b eq 2 and c eq 3", or(eq("a", 1), and(eq("b", 2), eq("c", 3)))),
        arguments("a eq 1 and b eq 2 or c eq 3", or(and(eq("a", 1), eq("b", 2)), eq("c", 3))),
        arguments("(a eq 1 or b eq 2) and c eq 3", and(or(eq("a", 1), eq("b", 2)), eq("c", 3))),
        arguments("a eq 1 and (b eq 2 or c eq 3)", and(eq("a", 1), or(eq("b", 2), eq("c", 3)))),
        arguments("not (a eq 1) and b eq 2", and(not(eq("a", 1)), eq("b", 2))),
        arguments("b eq 2 or not (a eq 1)", or(eq("b", 2), not(eq("a", 1)))),
        arguments("not (a eq 1 or b eq 2)", not(or(eq("a", 1), eq("b", 2)))),
        arguments("a eq 1 or b eq 2 or c eq 3", or(or(eq("a", 1), eq("b", 2)), eq("c", 3))),
        arguments("a pr and b pr and c pr", and(and(pr("a"), pr("b")), pr("c"))),
        arguments("a pr or b pr and c pr or d pr", or(or(pr("a"), and(pr("b"), pr("c"))), pr("d"))),
        arguments("((a pr))", pr("a")),
        arguments("not (not (a pr))", not(not(pr("a")))),
        // whitespace
        arguments("   userName    eq    \"x\"   ", eq("userName", "x")),
        arguments("(  a pr  )and(b pr)", and(pr("a"), pr("b"))),
        // attribute names
        arguments("x-y_z9 eq 1", eq("x-y_z9", 1)),
        arguments("members.$ref eq \"u\"", eq("members.$ref", "u")),
        // URN paths
        arguments(
            ENTERPRISE + ":employeeNumber eq \"701984\"",
            new Compare(
                new AttributePath(ENTERPRISE, "employeeNumber", null), Operator.EQ, str("701984"))),
        arguments(
            ENTERPRISE + ":manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\"",
            new Compare(
                new AttributePath(ENTERPRISE, "manager", "value"),
                Operator.EQ,
                str("26118915-6090-4610-87e4-49d8ca9f808d"))),
        arguments(
            CORE_USER + ":name.givenName pr",
            new Present(new AttributePath(CORE_USER, "name", "givenName"))),
        arguments(
            CORE_USER + ":emails[type eq \"work\"]",
            new ValuePath(new AttributePath(CORE_USER, "emails", null), eq("type", "work"))),
        // value paths
        arguments("emails[type eq \"work\"]", vp("emails", eq("type", "work"))),
        arguments("emails[not (type eq \"work\")]", vp("emails", not(eq("type", "work")))),
        arguments(
            "emails[(type eq \"work\" or type eq \"home\") and primary eq true]",
            vp(
                "emails",
                and(
                    or(eq("type", "work"), eq("type", "home")),
                    cmp("primary", Operator.EQ, JsonValue.TRUE)))),
        arguments("emails[value pr]", vp("emails", pr("value"))),
        arguments("emails [ type eq \"work\" ]", vp("emails", eq("type", "work"))),
        arguments("members[$ref eq \"u\"]", vp("members", eq("$ref", "u"))),
        // Entra ID's valuePath followed by .sub op value
        arguments(
            "emails[type eq \"work\"].value eq \"x\"",
            vp("emails", and(eq("type", "work"), eq("value", "x")))),
        arguments(
            "emails[type eq \"work\"].value pr",
            vp("emails", and(eq("type", "work"), pr("value")))),
        arguments(
            "addresses[type eq \"work\"].postalCode eq \"98052\" and active eq true",
            and(
                vp("addresses", and(eq("type", "work"), eq("postalCode", "98052"))),
                cmp("active", Operator.EQ, JsonValue.TRUE))),
        // filters real Okta and Entra ID tenants send
        arguments("userName eq \"test.user@okta.local\"", eq("userName", "test.user@okta.local")),
        arguments(
            "externalId eq \"b3a5c1e4-5f7a-4c2e-9d1b-8e6f0a2c4d7e\"",
            eq("externalId", "b3a5c1e4-5f7a-4c2e-9d1b-8e6f0a2c4d7e")),
        arguments("displayName eq \"Group Name\"", eq("displayName", "Group Name")),
        arguments(
            "id eq \"g\" and members[value eq \"u\"]",
            and(eq("id", "g"), vp("members", eq("value", "u")))),
        arguments(
            "userName eq \"test.user@okta.local\" and active eq true",
            and(
                eq("userName", "test.user@okta.local"),
                cmp("active", Operator.EQ, JsonValue.TRUE))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFilters")
  void parsesValidFilter(String text, Filter expected) {
    assertEquals(expected, FilterParser.parse(text));
  }

  static Stream<String> invalidFilters() {
    return Stream.of(
        "",
        "   ",
        "userName",
        "userName eq",
        "userName eq ",
        "(userName eq \"a\"",
        "userName eq \"a\")",
        "userName xx \"a\"",
        "emails[type eq \"a\"",
        "a eq \"unterminated",
        "a eq \"unterminated\\",
        "a eq \"unterminated\\\"",
        "userName eq 1.2.3",
        "ü eq 1",
        "userName eq \"a\" ünd b eq 1",
        "☃",
        "😀 eq \"😀\"",
        "\u0000",
        "userName\teq \"a\"",
        "userName eq \"a\"\nand b pr",
        "userName eq \"a\" and",
        "userName eq \"a\" or",
        "and",
        "or a eq 1",
        "a eq 1 b eq 2",
        "a eq 1 and or b eq 2",
        "not",
        "not a eq 1",
        "not (a eq 1",
        "not ()",
        "()",
        "(",
        ")",
        "[",
        "]",
        "\"a\" eq userName",
        "title pr \"x\"",
        "title pr pr",
        "userName eq bob",
        "userName eq \"a\"\"b\"",
        "userName eq \"a\"b",
        "userName eq (\"a\")",
        // operators spelled with non-ASCII letters that Unicode case folding would accept
        "userName \u017fw \"a\"",
        "active eq fal\u017fe",
        "a pr \u0430nd b pr",
        // numbers outside the JSON grammar
        "age eq 01",
        "age eq 1.",
        "age eq .5",
        "age eq +1",
        "age eq 1e",
        "age eq 1e+",
        "age eq 0x10",
        "age eq 1_000",
        "age eq NaN",
        "age eq Infinity",
        "age eq 1e9999999999",
        "age eq ١",
        // strings outside the JSON grammar
        "a eq \"bad \\x escape\"",
        "a eq \"\\u12G4\"",
        "a eq \"\\u12\"",
        "a eq \"\\u١٢٣٤\"",
        "a eq \"tab\there\"",
        "a eq 'single'",
        // type rules
        "age gt true",
        "age ge false",
        "age lt null",
        "age le TRUE",
        "name co null",
        "name sw true",
        "name ew False",
        // attribute paths
        "1abc eq 1",
        "_a eq 1",
        "a..b eq 1",
        "a. eq 1",
        ".a eq 1",
        "a.b.c eq 1",
        "a$ref eq 1",
        "urn:a eq 1",
        "urn::a eq 1",
        "urn:ietf::x:a eq 1",
        "http://x:a eq 1",
        ENTERPRISE + ": eq 1",
        ENTERPRISE + ":manager. eq 1",
        // value paths
        "emails[]",
        "[type eq 1]",
        "emails[type eq \"a\"]]",
        "emails[type eq \"a\"] [x pr]",
        "emails[type eq \"a\"][x pr]",
        "emails[value[x eq 1]]",
        "emails[value[x eq 1]].y pr",
        "emails[type.x eq 1]",
        "emails[emails.type eq 1]",
        "emails[" + CORE_USER + ":type eq 1]",
        "name.familyName[x eq 1]",
        "emails[type eq \"work\"] .value eq \"x\"",
        "emails[type eq \"work\"].value",
        "emails[type eq \"work\"].value.x eq 1",
        "emails[type eq \"work\"]. eq 1",
        "emails[type eq \"work\"].$$ eq 1",
        "emails[type eq \"work\"]value eq 1",
        "emails[type eq \"work\"",
        "emails[type eq \"work\")",
        "(emails[type eq \"work\")]");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidFilters")
  void rejectsInvalidFilter(String text) {
    ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse(text));
    assertEquals(400, e.status());
    assertEquals(ScimType.INVALID_FILTER, e.scimType());
    assertTrue(e.detail().startsWith("Invalid filter"), e.detail());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"userName eq", "userName xx \"a\"", "(userName eq \"a\"", "a eq \"unterminated"})
  void errorDetailNamesPositionAndExpectation(String text) {
    String detail = assertThrows(ScimException.class, () -> FilterParser.parse(text)).detail();
    assertTrue(detail.contains("at position "), detail);
    assertTrue(detail.contains("expected") || detail.contains("unterminated"), detail);
  }

  @Test
  void errorDetailIsPrecise() {
    assertEquals(
        "Invalid filter at position 9: expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le"
            + " or pr) after 'userName', found 'xx'",
        assertThrows(ScimException.class, () -> FilterParser.parse("userName xx \"a\"")).detail());
    assertEquals(
        "Invalid filter at position 16: expected 'and', 'or' or ')', found end of input",
        assertThrows(ScimException.class, () -> FilterParser.parse("(userName eq \"a\"")).detail());
    assertEquals(
        "Invalid filter at position 5: unterminated string",
        assertThrows(ScimException.class, () -> FilterParser.parse("a eq \"open")).detail());
  }

  @Test
  void errorDetailQuotesOnlyAShortPieceOfLongInput() {
    String detail =
        assertThrows(ScimException.class, () -> FilterParser.parse("a eq 1 " + "b".repeat(5000)))
            .detail();
    assertTrue(detail.length() < 200, detail);
  }

  @ParameterizedTest
  @EnumSource(Operator.class)
  void parsesEveryOperatorInAnyCase(Operator operator) {
    String name = operator.name();
    String mixed = name.charAt(0) + name.substring(1).toLowerCase();
    for (String spelling : new String[] {name, name.toLowerCase(), mixed}) {
      assertEquals(
          cmp("a", operator, str("v")), FilterParser.parse("a " + spelling + " \"v\""), spelling);
    }
  }

  @Test
  void acceptsNestingUpToFiftyLevels() {
    String parens = "(".repeat(50) + "a pr" + ")".repeat(50);
    assertEquals(pr("a"), FilterParser.parse(parens));
    Filter nots = FilterParser.parse("not (".repeat(49) + "x[a pr]" + ")".repeat(49));
    assertTrue(nots instanceof Filter.Not);
  }

  @ParameterizedTest
  @ValueSource(ints = {51, 60, 4_000})
  void rejectsNestingDeeperThanFiftyLevels(int levels) {
    assertInvalid("(".repeat(levels) + "a pr" + ")".repeat(levels));
    assertInvalid("not (".repeat(levels) + "a pr" + ")".repeat(levels));
    assertInvalid("not (".repeat(levels - 1) + "x[a pr]" + ")".repeat(levels - 1));
  }

  @Test
  void rejectsHugeInputWithoutStackOverflow() {
    assertInvalid("(".repeat(100_000));
    assertInvalid("(".repeat(10_000));
    assertInvalid("not (".repeat(2_000));
    assertInvalid("[".repeat(10_000));
  }

  @Test
  void limitsLengthToTenThousandCharacters() {
    String atLimit = "a eq \"" + "x".repeat(10_000 - 7) + "\"";
    assertEquals(10_000, atLimit.length());
    FilterParser.parse(atLimit);
    assertInvalid("a eq \"" + "x".repeat(10_000 - 6) + "\"");
  }

  @Test
  void parsesLongFlatChainsIteratively() {
    String chain = "a pr" + " or a pr and b pr".repeat(49);
    Filter filter = FilterParser.parse(chain);
    assertEquals(filter, FilterParser.parse(FilterPrinter.print(filter)));
  }

  @Test
  void capsTheNumberOfComparisonsAtOneHundred() {
    FilterParser.parse("a eq 1" + " or a eq 1".repeat(99));
    FilterParser.parse("emails[type pr" + " or value pr".repeat(98) + "] and a pr");
    ScimException tooMany =
        assertThrows(
            ScimException.class, () -> FilterParser.parse("a eq 1" + " or a pr".repeat(100)));
    assertEquals(ScimType.INVALID_FILTER, tooMany.scimType());
    assertTrue(tooMany.detail().contains("more than 100 comparisons"), tooMany.detail());
    assertInvalid("a pr" + " and (a pr or b pr)".repeat(50));
  }

  @Test
  void chainsComeApartIntoTheirOperandsLeftToRight() {
    assertEquals(
        List.of(pr("a"), pr("b"), and(pr("c"), pr("d")), pr("e")),
        Filter.operands(FilterParser.parse("a pr or b pr or c pr and d pr or e pr")));
    assertEquals(
        List.of(pr("a"), or(pr("b"), pr("c"))),
        Filter.operands(FilterParser.parse("a pr and (b pr or c pr)")));
    assertEquals(List.of(pr("a")), Filter.operands(pr("a")));
  }

  @Test
  void rejectsNullText() {
    assertInvalid(null);
  }

  /** Random splices of grammar fragments: every outcome is a tree or invalidFilter. */
  @Test
  void survivesRandomInput() {
    String[] fragments = {
      "a",
      "emails",
      "name.familyName",
      ENTERPRISE + ":manager.value",
      "eq",
      "pr",
      "gt",
      "co",
      "and",
      "or",
      "not",
      "(",
      ")",
      "[",
      "]",
      "\"x\"",
      "\"",
      "\\",
      "1",
      "-2.5e3",
      "true",
      "null",
      " ",
      " ",
      " ",
      ".value",
      ":",
      "é",
      "\u0000",
      "1.2.3",
      "\\u12"
    };
    Random random = new Random(7644);
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n >= 0; n--) {
        text.append(fragments[random.nextInt(fragments.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      try {
        Filter filter = FilterParser.parse(text.toString());
        assertEquals(filter, FilterParser.parse(FilterPrinter.print(filter)), text.toString());
        parsed++;
      } catch (ScimException e) {
        assertEquals(ScimType.INVALID_FILTER, e.scimType(), text.toString());
        assertFalse(e.detail().isBlank());
      }
    }
    assertTrue(parsed > 0);
  }

  private static void assertInvalid(String text) {
    ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse(text));
    assertEquals(ScimType.INVALID_FILTER, e.scimType());
  }
}
