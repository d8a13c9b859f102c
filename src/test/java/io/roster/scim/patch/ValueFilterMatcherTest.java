package io.roster.scim.patch;

import static io.roster.scim.patch.TestJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.scim.filter.FilterParser;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.AttributeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFilterMatcherTest {
  /** A made-up attribute with a sub-attribute of each comparable type; "missing" stays unset. */
  private static final Attribute EVENTS =
      Attribute.complex(
              "events",
              Attribute.string("name").build(),
              Attribute.string("code").caseExact().build(),
              Attribute.dateTime("at").build(),
              Attribute.of("count", AttributeType.INTEGER).build(),
              Attribute.of("weight", AttributeType.DECIMAL).build(),
              Attribute.bool("done").build(),
              Attribute.string("note").build(),
              Attribute.string("missing").build())
          .multiValued()
          .build();

  private static final String ELEMENT =
      "{'name':'Deploy','code':'AbC','at':'2024-05-01T10:00:00+02:00','count':3,"
          + "'weight':1.5,'done':true,'note':''}";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "name eq 'deploy'                        | true",
        "name ne 'deploy'                        | false",
        "name co 'PLO'                           | true",
        "name sw 'dep'                           | true",
        "name ew 'OY'                            | true",
        "name gt 'a'                             | true",
        "name lt 'a'                             | false",
        "code eq 'abc'                           | false",
        "code eq 'AbC'                           | true",
        "code co 'B'                             | false",
        "at eq '2024-05-01T08:00:00Z'            | true",
        "at gt '2024-05-01T09:00:00Z'            | false",
        "at ge '2024-05-01T08:00:00Z'            | true",
        "at lt '2024-05-01T08:00:01Z'            | true",
        "count eq 3                              | true",
        "count gt 2                              | true",
        "count le 2                              | false",
        "weight ge 1.50                          | true",
        "weight lt 1.5                           | false",
        "done eq true                            | true",
        "done ne true                            | false",
        "done eq false                           | false",
        "name pr                                 | true",
        "note pr                                 | false",
        "missing eq null                         | true",
        "missing ne 'x'                          | true",
        "missing eq 'x'                          | false",
        "name eq 'x' or count eq 3               | true",
        "name eq 'deploy' and count eq 4         | false",
        "not (name eq 'x')                       | true",
        "not (done eq true) or (at le '2024-05-01T08:00:00Z' and code sw 'Ab') | true",
      })
  void matches(String filter, boolean expected) {
    assertEquals(
        expected,
        ValueFilterMatcher.matches(
            FilterParser.parse(filter.replace('\'', '"')), EVENTS, object(ELEMENT)));
  }
}
