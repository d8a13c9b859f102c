package io.roster.scim.patch;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.AttributePath;
import io.roster.scim.filter.Filter;
import io.roster.scim.filter.FilterVisitor;
import io.roster.scim.filter.Operator;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.AttributeType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the value filter of a PATCH path ({@code emails[type eq "work"]}) against one element
 * of a multi-valued attribute, in memory: the elements are the resource's own, already loaded.
 * Paths in the filter name sub-attributes of the element. Strings compare case-insensitively unless
 * the sub-attribute is caseExact; dateTimes compare as instants.
 */
public final class ValueFilterMatcher implements FilterVisitor<Boolean> {
  private final Attribute attribute;
  private final JsonObject element;

  private ValueFilterMatcher(Attribute attribute, JsonObject element) {
    this.attribute = attribute;
    this.element = element;
  }

  /**
   * Whether {@code element} of the multi-valued complex {@code attribute} matches {@code filter};
   * call {@link #checkPaths} first to reject filters that cannot apply.
   */
  public static boolean matches(Filter filter, Attribute attribute, JsonValue element) {
    return element instanceof JsonObject object
        && filter.accept(new ValueFilterMatcher(attribute, object));
  }

  /**
   * Fails with invalidPath when the filter names something that is not a sub-attribute of {@code
   * attribute}, or orders booleans or binaries (RFC 7644 §3.4.2.2 forbids it); checked before
   * matching so that a bad path fails even on an empty list.
   */
  public static void checkPaths(Filter filter, Attribute attribute) {
    if (filter instanceof Filter.Compare c) {
      AttributeType type = subAttribute(attribute, c.path()).type();
      if ((type == AttributeType.BOOLEAN || type == AttributeType.BINARY)
          && isOrdering(c.operator())) {
        throw ScimException.invalidPath(
            c.operator() + " cannot order " + type.wire() + " values: " + c.path());
      }
    } else if (filter instanceof Filter.Present p) {
      subAttribute(attribute, p.path());
    } else if (filter instanceof Filter.And a) {
      checkPaths(a.left(), attribute);
      checkPaths(a.right(), attribute);
    } else if (filter instanceof Filter.Or o) {
      checkPaths(o.left(), attribute);
      checkPaths(o.right(), attribute);
    } else if (filter instanceof Filter.Not n) {
      checkPaths(n.inner(), attribute);
    } else {
      throw ScimException.invalidPath("A value filter cannot contain another value filter");
    }
  }

  @Override
  public Boolean compare(Filter.Compare filter) {
    Attribute sub = subAttribute(attribute, filter.path());
    return test(sub, member(sub), filter.operator(), filter.value());
  }

  @Override
  public Boolean present(Filter.Present filter) {
    JsonValue value = member(subAttribute(attribute, filter.path()));
    return value != null
        && value != JsonValue.NULL
        && !(value instanceof JsonString s && s.getString().isEmpty())
        && !(value instanceof JsonArray a && a.isEmpty());
  }

  @Override
  public Boolean and(Filter.And filter) {
    return filter.left().accept(this) && filter.right().accept(this);
  }

  @Override
  public Boolean or(Filter.Or filter) {
    return filter.left().accept(this) || filter.right().accept(this);
  }

  @Override
  public Boolean not(Filter.Not filter) {
    return !filter.inner().accept(this);
  }

  @Override
  public Boolean valuePath(Filter.ValuePath filter) {
    throw ScimException.invalidPath("A value filter cannot contain another value filter");
  }

  private static Attribute subAttribute(Attribute attribute, AttributePath path) {
    if (path.subAttribute() != null) {
      throw ScimException.invalidPath("Unknown sub-attribute " + path + " of " + attribute.name());
    }
    return attribute
        .subAttribute(path.attribute())
        .orElseThrow(
            () ->
                ScimException.invalidPath(
                    "Unknown sub-attribute " + path.attribute() + " of " + attribute.name()));
  }

  private JsonValue member(Attribute sub) {
    return element.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(sub.name()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** RFC 7644 §3.4.2.2 semantics; an unassigned value equals only null. */
  private static boolean test(Attribute sub, JsonValue actual, Operator op, JsonValue expected) {
    boolean actualNull = actual == null || actual == JsonValue.NULL;
    if (actualNull || expected == JsonValue.NULL) {
      return switch (op) {
        case EQ -> actualNull && expected == JsonValue.NULL;
        case NE -> actualNull != (expected == JsonValue.NULL);
        default -> false;
      };
    }
    return switch (sub.type()) {
      case BOOLEAN -> equality(op, bool(actual), bool(expected));
      case INTEGER, DECIMAL ->
          actual instanceof JsonNumber a
              && expected instanceof JsonNumber e
              && ordered(op, a.bigDecimalValue().compareTo(e.bigDecimalValue()));
      case DATETIME -> {
        Instant a = instant(actual);
        Instant e = instant(expected);
        yield a != null && e != null
            ? ordered(op, a.compareTo(e))
            : strings(op, actual, expected, sub);
      }
      case STRING, REFERENCE, BINARY -> strings(op, actual, expected, sub);
      case COMPLEX -> false;
    };
  }

  private static boolean strings(Operator op, JsonValue actual, JsonValue expected, Attribute sub) {
    String a = text(actual);
    String e = text(expected);
    if (!sub.caseExact()) {
      a = a.toLowerCase(Locale.ROOT);
      e = e.toLowerCase(Locale.ROOT);
    }
    return switch (op) {
      case CO -> a.contains(e);
      case SW -> a.startsWith(e);
      case EW -> a.endsWith(e);
      default -> ordered(op, a.compareTo(e));
    };
  }

  /** {@code co}/{@code sw}/{@code ew} only apply to strings; elsewhere they match nothing. */
  private static boolean ordered(Operator op, int comparison) {
    return switch (op) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case CO, SW, EW -> false;
    };
  }

  private static boolean equality(Operator op, Boolean a, Boolean e) {
    return (op == Operator.EQ || op == Operator.NE)
        && a != null
        && e != null
        && a.equals(e) == (op == Operator.EQ);
  }

  private static boolean isOrdering(Operator op) {
    return op == Operator.GT || op == Operator.GE || op == Operator.LT || op == Operator.LE;
  }

  private static Boolean bool(JsonValue value) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    if (value instanceof JsonString s
        && (s.getString().equalsIgnoreCase("true") || s.getString().equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s.getString());
    }
    return null;
  }

  private static Instant instant(JsonValue value) {
    if (!(value instanceof JsonString s)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.getString()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : value.toString();
  }
}
