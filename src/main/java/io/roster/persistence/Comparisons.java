package io.roster.persistence;

import io.roster.scim.filter.Operator;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** One {@code attribute op value} comparison as a Criteria predicate, typed by the schema. */
final class Comparisons {
  private Comparisons() {}

  @SuppressWarnings("unchecked")
  static Predicate compare(
      CriteriaBuilder cb,
      Expression<?> expr,
      AttributeColumn column,
      Operator op,
      JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return nullComparison(cb, expr, op);
    }
    if (expr.getJavaType() == UUID.class) {
      return uuid(cb, (Expression<UUID>) expr, op, text(value));
    }
    return switch (column.type()) {
      case BOOLEAN -> bool(cb, (Expression<Boolean>) expr, op, value);
      case DATETIME -> ordered(cb, (Expression<OffsetDateTime>) expr, op, dateTime(value));
      case INTEGER, DECIMAL -> numeric(cb, expr, op, value);
      default -> string(cb, (Expression<String>) expr, column.caseExact(), op, text(value));
    };
  }

  static Predicate present(CriteriaBuilder cb, Expression<?> expr, AttributeColumn column) {
    if (expr.getJavaType() == String.class) {
      @SuppressWarnings("unchecked")
      Expression<String> s = (Expression<String>) expr;
      return cb.and(cb.isNotNull(s), cb.notEqual(s, ""));
    }
    return cb.isNotNull(expr);
  }

  private static Predicate nullComparison(CriteriaBuilder cb, Expression<?> expr, Operator op) {
    return switch (op) {
      case EQ -> cb.isNull(expr);
      case NE -> cb.isNotNull(expr);
      default -> throw new UntranslatableFilter("Only eq and ne compare with null");
    };
  }

  private static Predicate string(
      CriteriaBuilder cb, Expression<String> expr, boolean caseExact, Operator op, String value) {
    Expression<String> e = caseExact ? expr : cb.lower(expr);
    String v = caseExact ? value : value.toLowerCase(Locale.ROOT);
    return switch (op) {
      case EQ -> cb.equal(e, v);
      case NE -> cb.or(cb.isNull(expr), cb.notEqual(e, v));
      case CO -> cb.like(e, "%" + escapeLike(v) + "%", '\\');
      case SW -> cb.like(e, escapeLike(v) + "%", '\\');
      case EW -> cb.like(e, "%" + escapeLike(v), '\\');
      case GT -> cb.greaterThan(e, v);
      case GE -> cb.greaterThanOrEqualTo(e, v);
      case LT -> cb.lessThan(e, v);
      case LE -> cb.lessThanOrEqualTo(e, v);
    };
  }

  private static <T extends Comparable<? super T>> Predicate ordered(
      CriteriaBuilder cb, Expression<T> e, Operator op, T v) {
    return switch (op) {
      case EQ -> cb.equal(e, v);
      case NE -> cb.or(cb.isNull(e), cb.notEqual(e, v));
      case GT -> cb.greaterThan(e, v);
      case GE -> cb.greaterThanOrEqualTo(e, v);
      case LT -> cb.lessThan(e, v);
      case LE -> cb.lessThanOrEqualTo(e, v);
      default ->
          throw new UntranslatableFilter(
              op.name().toLowerCase(Locale.ROOT) + " does not apply to this attribute's type");
    };
  }

  @SuppressWarnings("unchecked")
  private static Predicate numeric(
      CriteriaBuilder cb, Expression<?> expr, Operator op, JsonValue value) {
    if (!(value instanceof JsonNumber number)) {
      throw new UntranslatableFilter("A number is expected for this attribute");
    }
    if (expr.getJavaType() == Long.class || expr.getJavaType() == long.class) {
      return ordered(cb, (Expression<Long>) expr, op, number.longValue());
    }
    if (expr.getJavaType() == Integer.class || expr.getJavaType() == int.class) {
      return ordered(cb, (Expression<Integer>) expr, op, number.intValue());
    }
    return ordered(cb, (Expression<BigDecimal>) expr, op, number.bigDecimalValue());
  }

  private static Predicate bool(
      CriteriaBuilder cb, Expression<Boolean> expr, Operator op, JsonValue value) {
    boolean b;
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      b = true;
    } else if (value.getValueType() == JsonValue.ValueType.FALSE) {
      b = false;
    } else if (value instanceof JsonString s && s.getString().matches("(?i)true|false")) {
      b = Boolean.parseBoolean(s.getString().toLowerCase(Locale.ROOT));
    } else {
      throw new UntranslatableFilter("A boolean is expected for this attribute");
    }
    return switch (op) {
      case EQ -> cb.equal(expr, b);
      case NE -> cb.notEqual(expr, b);
      default -> throw new UntranslatableFilter("Booleans compare with eq and ne only");
    };
  }

  /** Ids are UUIDs: a value that is no UUID matches nothing (and is no error). */
  private static Predicate uuid(CriteriaBuilder cb, Expression<UUID> expr, Operator op, String v) {
    UUID id;
    try {
      id = UUID.fromString(v);
    } catch (IllegalArgumentException e) {
      id = null;
    }
    return switch (op) {
      case EQ -> id == null ? cb.disjunction() : cb.equal(expr, id);
      case NE -> id == null ? cb.conjunction() : cb.notEqual(expr, id);
      default -> throw new UntranslatableFilter("id compares with eq and ne only");
    };
  }

  private static OffsetDateTime dateTime(JsonValue value) {
    try {
      return OffsetDateTime.parse(text(value));
    } catch (DateTimeParseException e) {
      throw new UntranslatableFilter("A dateTime such as 2024-01-31T12:00:00Z is expected");
    }
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER, TRUE, FALSE -> value.toString();
      default -> throw new UntranslatableFilter("A string is expected");
    };
  }

  private static String escapeLike(String v) {
    return v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
