package io.roster.scim.patch;

import io.roster.scim.json.Jsons;
import io.roster.scim.schema.Attribute;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Edits of one complex value that every PATCH operation makes, each refusing a change its
 * sub-attribute's mutability forbids: the one place add, replace and remove check sub-attributes.
 */
final class CheckedEdits {
  private CheckedEdits() {}

  /**
   * {@code existing} with {@code incoming}'s sub-attributes, refusing changes to immutable ones.
   */
  static JsonObject merge(Attribute attribute, JsonObject existing, JsonObject incoming) {
    for (Map.Entry<String, JsonValue> e : incoming.entrySet()) {
      attribute
          .subAttribute(e.getKey())
          .ifPresent(sub -> MutabilityGuard.check(sub, existing.get(sub.name()), e.getValue()));
    }
    return MultiValues.merge(existing, incoming);
  }

  static JsonObject withMember(Attribute sub, JsonObject object, JsonValue value) {
    MutabilityGuard.check(sub, object.get(sub.name()), value);
    return MultiValues.with(object, sub.name(), value);
  }

  /** {@code value} without the sub-attribute; null when nothing else is left. */
  static JsonObject withoutMember(Attribute sub, JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      return null;
    }
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    object.forEach(
        (key, member) -> {
          if (key.equalsIgnoreCase(sub.name())) {
            MutabilityGuard.check(sub, member, null);
          } else {
            out.add(key, member);
          }
        });
    JsonObject rest = out.build();
    return rest.isEmpty() ? null : rest;
  }
}
