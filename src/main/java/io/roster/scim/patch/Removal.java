package io.roster.scim.patch;

import static io.roster.scim.patch.MultiValues.covers;
import static io.roster.scim.patch.MultiValues.keepOnePrimary;
import static io.roster.scim.patch.MultiValues.list;
import static io.roster.scim.patch.MultiValues.toValue;

import io.roster.scim.error.ScimException;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.ResolvedAttribute;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code remove} operation (RFC 7644 §3.5.2.2), and a {@code replace} with null, which
 * unassigns the same way.
 */
final class Removal {
  private Removal() {}

  /**
   * @param value for a multi-valued attribute, the elements to remove (Entra's {@code "op":
   *     "Remove", "path": "members", "value": [{"value": "id"}]}); null removes all
   */
  static void remove(ResourceDocument document, ResolvedAttribute target, JsonValue value) {
    JsonValue before = document.get(target);
    JsonValue after = removed(target, before, value);
    MutabilityGuard.check(target.attribute(), before, after);
    document.put(target, after);
  }

  /**
   * Removes the matched elements, or only their sub-attribute {@code sub} when given. Removing what
   * is not there succeeds: clients retry, and the end state is the one asked.
   */
  static void removeFiltered(FilteredElements selected, Attribute sub) {
    List<JsonValue> result = new ArrayList<>();
    List<JsonValue> elements = selected.elements();
    for (int i = 0; i < elements.size(); i++) {
      JsonValue element = elements.get(i);
      JsonValue rest =
          !selected.matched().contains(i)
              ? element
              : sub == null ? null : CheckedEdits.withoutMember(sub, element);
      if (rest != null) {
        result.add(rest);
      }
    }
    keepOnePrimary(result, Set.of());
    selected.store(toValue(result));
  }

  /**
   * Removing a required attribute fails with invalidValue: RFC 7644 §3.12 gives that type to "a
   * required value was missing", while mutability concerns readOnly and immutable attributes.
   */
  private static JsonValue removed(ResolvedAttribute target, JsonValue before, JsonValue value) {
    if (before == null) {
      return null;
    }
    Attribute definition = target.definition();
    if (definition.required()) {
      throw ScimException.invalidValue(definition.name() + " is required and cannot be removed");
    }
    Attribute attribute = target.attribute();
    Attribute sub = target.subAttribute();
    if (sub == null) {
      if (!attribute.multiValued() || value == null) {
        return null;
      }
      JsonArray doomed = ValueCoercer.elements(attribute, value);
      List<JsonValue> kept = list(before);
      kept.removeIf(e -> doomed.stream().anyMatch(d -> covers(e, d)));
      return toValue(kept);
    }
    if (!attribute.multiValued()) {
      return CheckedEdits.withoutMember(sub, before);
    }
    List<JsonValue> kept = new ArrayList<>();
    for (JsonValue element : list(before)) {
      JsonValue rest = CheckedEdits.withoutMember(sub, element);
      if (rest != null) {
        kept.add(rest);
      }
    }
    return toValue(kept);
  }
}
