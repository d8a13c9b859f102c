package io.roster.scim.patch;

import io.roster.scim.filter.Filter;
import io.roster.scim.filter.Operator;
import io.roster.scim.json.Jsons;
import io.roster.scim.schema.Attribute;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** List-level helpers for multi-valued attributes. */
final class MultiValues {
  private MultiValues() {}

  static List<JsonValue> list(JsonValue value) {
    return value instanceof JsonArray array ? new ArrayList<>(array) : new ArrayList<>();
  }

  /** The attribute's new value: null (unassigned) for an empty list, per RFC 7643 §2.5. */
  static JsonArray toValue(List<JsonValue> elements) {
    if (elements.isEmpty()) {
      return null;
    }
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    elements.forEach(out::add);
    return out.build();
  }

  /**
   * Whether {@code existing} already holds everything {@code candidate} says. Adding such an
   * element is a no-op, so {@code {"value": "u1"}} does not duplicate the member {@code {"value":
   * "u1", "display": "Ann"}}; removing by it removes that member (Entra's member-remove shape).
   */
  static boolean covers(JsonValue existing, JsonValue candidate) {
    if (existing instanceof JsonObject e && candidate instanceof JsonObject c) {
      return !c.isEmpty()
          && c.entrySet().stream().allMatch(x -> x.getValue().equals(e.get(x.getKey())));
    }
    return existing.equals(candidate);
  }

  /**
   * RFC 7643 §2.4 allows one {@code primary: true} element. When the operation made an element
   * primary (the last such one among {@code touched} wins), every other loses the flag.
   */
  static void keepOnePrimary(List<JsonValue> elements, Set<Integer> touched) {
    int primary = -1;
    for (int i = 0; i < elements.size(); i++) {
      if (touched.contains(i) && isPrimary(elements.get(i))) {
        primary = i;
      }
    }
    if (primary < 0) {
      return;
    }
    for (int i = 0; i < elements.size(); i++) {
      if (i != primary && isPrimary(elements.get(i))) {
        elements.set(i, with((JsonObject) elements.get(i), "primary", JsonValue.FALSE));
      }
    }
  }

  /**
   * Entra sends {@code replace emails[type eq "work"].value} (and {@code add}) when the user has no
   * work email yet, meaning "create it". When the filter only states equalities on sub-attributes
   * ({@code a eq x}, or several joined by {@code and}), those equalities describe the element to
   * create; any other filter implies nothing, and the caller reports noTarget.
   */
  static Optional<JsonObject> elementImpliedByEqualityFilter(Filter filter, Attribute attribute) {
    if (filter instanceof Filter.Compare c
        && c.operator() == Operator.EQ
        && c.path().subAttribute() == null
        && c.value() != JsonValue.NULL) {
      return attribute
          .subAttribute(c.path().attribute())
          .map(
              sub ->
                  Jsons.createObjectBuilder()
                      .add(sub.name(), ValueCoercer.single(sub, c.value()))
                      .build());
    }
    if (filter instanceof Filter.And and) {
      return elementImpliedByEqualityFilter(and.left(), attribute)
          .flatMap(
              left ->
                  elementImpliedByEqualityFilter(and.right(), attribute)
                      .map(right -> merge(left, right)));
    }
    return Optional.empty();
  }

  static JsonObject with(JsonObject object, String name, JsonValue value) {
    return Jsons.createObjectBuilder(object).add(name, value).build();
  }

  /** {@code base} with {@code overlay}'s members added or replacing. */
  static JsonObject merge(JsonObject base, JsonObject overlay) {
    JsonObjectBuilder out = Jsons.createObjectBuilder(base);
    for (Map.Entry<String, JsonValue> e : overlay.entrySet()) {
      out.add(e.getKey(), e.getValue());
    }
    return out.build();
  }

  private static boolean isPrimary(JsonValue element) {
    return element instanceof JsonObject o && o.get("primary") == JsonValue.TRUE;
  }
}
