package io.roster.scim.filter;

import static io.roster.scim.filter.Trees.and;
import static io.roster.scim.filter.Trees.cmp;
import static io.roster.scim.filter.Trees.eq;
import static io.roster.scim.filter.Trees.not;
import static io.roster.scim.filter.Trees.num;
import static io.roster.scim.filter.Trees.or;
import static io.roster.scim.filter.Trees.pr;
import static io.roster.scim.filter.Trees.str;
import static io.roster.scim.filter.Trees.vp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.JsonValue;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterPrinterTest {

  static Stream<Arguments> renderings() {
    return Stream.of(
        arguments(eq("userName", "bjensen"), "userName eq \"bjensen\""),
        arguments(pr("title"), "title pr"),
        arguments(cmp("age", Operator.GE, num(18)), "age ge 18"),
        arguments(cmp("age", Operator.LT, num("-2.50")), "age lt -2.50"),
        arguments(cmp("active", Operator.NE, JsonValue.FALSE), "active ne false"),
        arguments(cmp("manager", Operator.EQ, JsonValue.NULL), "manager eq null"),
        arguments(
            new Filter.Compare(
                new AttributePath(Trees.ENTERPRISE, "manager", "value"), Operator.EQ, str("m")),
            Trees.ENTERPRISE + ":manager.value eq \"m\""),
        arguments(eq("a", "q\"b\\s\n\u0001é"), "a eq \"q\\\"b\\\\s\\n\\u0001é\""),
        arguments(or(eq("a", 1), and(eq("b", 2), eq("c", 3))), "a eq 1 or b eq 2 and c eq 3"),
        arguments(and(or(eq("a", 1), eq("b", 2)), eq("c", 3)), "(a eq 1 or b eq 2) and c eq 3"),
        arguments(or(or(pr("a"), pr("b")), pr("c")), "a pr or b pr or c pr"),
        arguments(or(pr("a"), or(pr("b"), pr("c"))), "a pr or (b pr or c pr)"),
        arguments(and(pr("a"), and(pr("b"), pr("c"))), "a pr and (b pr and c pr)"),
        arguments(and(pr("a"), or(pr("b"), pr("c"))), "a pr and (b pr or c pr)"),
        arguments(not(or(pr("a"), pr("b"))), "not (a pr or b pr)"),
        arguments(and(not(pr("a")), pr("b")), "not (a pr) and b pr"),
        arguments(
            vp("emails", and(eq("type", "work"), eq("value", "x"))),
            "emails[type eq \"work\" and value eq \"x\"]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("renderings")
  void printsCanonicalTextThatParsesBack(Filter filter, String expected) {
    assertEquals(expected, FilterPrinter.print(filter));
    assertEquals(filter, FilterParser.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.roster.scim.filter.FilterParserTest#validFilters")
  void roundTripsEveryValidFilter(String text, Filter parsed) {
    assertEquals(parsed, FilterParser.parse(FilterPrinter.print(parsed)));
  }
}
