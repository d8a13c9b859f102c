package io.roster.scim.filter;

import io.roster.scim.filter.Filter.And;
import io.roster.scim.filter.Filter.Compare;
import io.roster.scim.filter.Filter.Not;
import io.roster.scim.filter.Filter.Or;
import io.roster.scim.filter.Filter.Present;
import io.roster.scim.filter.Filter.ValuePath;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Short builders for expected filter trees. */
final class Trees {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  private Trees() {}

  /** {@code "a"} or {@code "a.b"}, without URN. */
  static AttributePath path(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0
        ? AttributePath.of(dotted)
        : AttributePath.of(dotted.substring(0, dot), dotted.substring(dot + 1));
  }

  static Compare cmp(String path, Operator operator, JsonValue value) {
    return new Compare(path(path), operator, value);
  }

  static Compare eq(String path, String value) {
    return cmp(path, Operator.EQ, str(value));
  }

  static Compare eq(String path, long value) {
    return cmp(path, Operator.EQ, num(value));
  }

  static Present pr(String path) {
    return new Present(path(path));
  }

  static And and(Filter left, Filter right) {
    return new And(left, right);
  }

  static Or or(Filter left, Filter right) {
    return new Or(left, right);
  }

  static Not not(Filter inner) {
    return new Not(inner);
  }

  static ValuePath vp(String path, Filter inner) {
    return new ValuePath(path(path), inner);
  }

  static JsonValue str(String value) {
    return Json.createValue(value);
  }

  static JsonValue num(long value) {
    return Json.createValue(value);
  }

  static JsonValue num(String decimal) {
    return Json.createValue(new BigDecimal(decimal));
  }

  static JsonValue bigInt(String integer) {
    return Json.createValue(new BigInteger(integer));
  }
}
