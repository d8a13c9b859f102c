package io.roster.scim.patch;

import io.roster.scim.error.ScimException;
import io.roster.scim.json.Jsons;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.Mutability;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Checks a client-supplied value against an attribute definition and returns it in canonical form:
 * canonical sub-attribute names, real booleans, complex values as objects. Wrong types fail with
 * invalidValue.
 */
final class ValueCoercer {
  private ValueCoercer() {}

  /** The whole value of {@code a}: an array for multi-valued attributes. */
  static JsonValue attributeValue(Attribute a, JsonValue value) {
    return a.multiValued() ? elements(a, value) : single(a, value);
  }

  /**
   * The elements of a multi-valued attribute. A lone element is accepted without its array, as
   * clients send {@code "value": {"value": "x"}} for one member; but a bare string, number or
   * boolean where complex values belong ({@code "emails": "x"}) is refused, as RFC 7643 §2.4 asks.
   */
  static JsonArray elements(Attribute a, JsonValue value) {
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    if (value instanceof JsonArray array) {
      array.forEach(e -> out.add(single(a, e)));
    } else if (a.isComplex() && !(value instanceof JsonObject)) {
      throw wrongType(a, "a list of complex values");
    } else {
      out.add(single(a, value));
    }
    return out.build();
  }

  /** One value of {@code a}: the attribute's value, or one element of a multi-valued one. */
  static JsonValue single(Attribute a, JsonValue value) {
    return switch (a.type()) {
      case COMPLEX -> complex(a, value);
      case BOOLEAN -> bool(a, value);
      case INTEGER -> {
        if (value instanceof JsonNumber n && n.isIntegral()) {
          yield value;
        }
        throw wrongType(a, "an integer");
      }
      case DECIMAL -> {
        if (value instanceof JsonNumber) {
          yield value;
        }
        throw wrongType(a, "a number");
      }
      case STRING, REFERENCE, DATETIME, BINARY -> {
        if (value instanceof JsonString s) {
          yield withoutNul(a, s);
        }
        throw wrongType(a, "a string");
      }
    };
  }

  /**
   * Every string of a POST, PUT or PATCH value passes here, so this is the one check for U+0000,
   * which JSON allows and PostgreSQL's text refuses (a 500 after the write had begun).
   */
  private static JsonString withoutNul(Attribute a, JsonString value) {
    if (value.getString().indexOf('\u0000') >= 0) {
      throw ScimException.invalidValue("The value of " + a.name() + " contains a NUL character");
    }
    return value;
  }

  /**
   * Entra sends booleans as the strings "True"/"False" (e.g. for {@code active}), so those strings
   * are read as booleans.
   */
  private static JsonValue bool(Attribute a, JsonValue value) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value;
    }
    if (value instanceof JsonString s) {
      if (s.getString().equalsIgnoreCase("true")) {
        return JsonValue.TRUE;
      }
      if (s.getString().equalsIgnoreCase("false")) {
        return JsonValue.FALSE;
      }
    }
    throw wrongType(a, "a boolean");
  }

  /**
   * Unknown sub-attributes and nulls are dropped, as on POST. So are readOnly sub-attributes (RFC
   * 7643 §2.2 says clients' values for them are ignored), except under a readOnly attribute, where
   * the whole value must stay comparable to refuse any change. A bare primitive stands for {@code
   * {"value": ...}}: Entra sends the enterprise manager as a plain id string.
   */
  private static JsonObject complex(Attribute a, JsonValue value) {
    if (value instanceof JsonString && a.subAttribute("value").isPresent()) {
      return complex(a, Jsons.createObjectBuilder().add("value", value).build());
    }
    if (!(value instanceof JsonObject object)) {
      throw wrongType(a, "an object");
    }
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : object.entrySet()) {
      a.subAttribute(e.getKey())
          .filter(sub -> e.getValue() != JsonValue.NULL)
          .filter(
              sub ->
                  sub.mutability() != Mutability.READ_ONLY
                      || a.mutability() == Mutability.READ_ONLY)
          .ifPresent(sub -> out.add(sub.name(), attributeValue(sub, e.getValue())));
    }
    return out.build();
  }

  private static ScimException wrongType(Attribute a, String expected) {
    return ScimException.invalidValue("The value of " + a.name() + " must be " + expected);
  }
}
