package io.roster.scim.patch;

import static io.roster.scim.patch.MultiValues.covers;
import static io.roster.scim.patch.MultiValues.keepOnePrimary;
import static io.roster.scim.patch.MultiValues.list;
import static io.roster.scim.patch.MultiValues.toValue;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.Filter;
import io.roster.scim.json.Jsons;
import io.roster.scim.patch.PatchOperation.Op;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.ResolvedAttribute;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The {@code add} and {@code replace} operations (RFC 7644 §3.5.2.1 and §3.5.2.3). They differ only
 * on a whole multi-valued attribute (add appends, replace swaps the list) and on a null value (add
 * ignores it, replace unassigns), so they are one class.
 */
final class Assignment {
  private Assignment() {}

  /** On an attribute or {@code attribute.subAttribute}, without value filter. */
  static void assign(ResourceDocument document, Op op, ResolvedAttribute target, JsonValue value) {
    if (value == JsonValue.NULL) {
      // A null in a value object means unassigned (RFC 7643 §2.5).
      if (op == Op.REPLACE) {
        Removal.remove(document, target, null);
      }
      return;
    }
    Attribute attribute = target.attribute();
    JsonValue before = document.get(target);
    JsonValue after =
        target.subAttribute() == null
            ? assigned(op, attribute, before, value)
            : subAttributeAssigned(attribute, target.subAttribute(), before, value);
    MutabilityGuard.check(attribute, before, after);
    document.put(target, after);
  }

  /**
   * {@code emails[type eq "work"]} and {@code emails[type eq "work"].value}: add and replace both
   * update the matched elements, or {@code sub} of them when given.
   */
  static void assignFiltered(
      FilteredElements selected, Filter filter, Attribute sub, JsonValue value) {
    Attribute attribute = selected.attribute();
    List<JsonValue> elements = selected.elements();
    List<JsonValue> result = new ArrayList<>();
    Set<Integer> touched;
    if (selected.matched().isEmpty()) {
      result.addAll(elements);
      result.add(elementForUnmatchedFilter(attribute, filter, sub, value));
      touched = Set.of(elements.size());
    } else {
      touched = selected.matched();
      for (int i = 0; i < elements.size(); i++) {
        JsonValue element = elements.get(i);
        result.add(
            touched.contains(i) ? updated(attribute, sub, (JsonObject) element, value) : element);
      }
    }
    keepOnePrimary(result, touched);
    selected.store(toValue(result));
  }

  /**
   * Add and replace on a single-valued complex attribute both merge the given sub-attributes into
   * the current ones (RFC 7644 §3.5.2.1 and §3.5.2.3: unspecified sub-attributes stay). On a
   * multi-valued attribute add appends what is not already there; replace swaps the whole list.
   */
  private static JsonValue assigned(Op op, Attribute attribute, JsonValue before, JsonValue value) {
    if (!attribute.multiValued()) {
      JsonValue incoming = ValueCoercer.single(attribute, value);
      if (incoming instanceof JsonObject object) {
        JsonObject merged =
            before instanceof JsonObject existing
                ? CheckedEdits.merge(attribute, existing, object)
                : object;
        return merged.isEmpty() ? null : merged;
      }
      return incoming;
    }
    JsonArray incoming = ValueCoercer.elements(attribute, value);
    List<JsonValue> elements;
    Set<Integer> touched = new HashSet<>();
    if (op == Op.REPLACE) {
      elements = new ArrayList<>(incoming);
      IntStream.range(0, elements.size()).forEach(touched::add);
    } else {
      elements = list(before);
      for (JsonValue element : incoming) {
        if (elements.stream().noneMatch(e -> covers(e, element))) {
          touched.add(elements.size());
          elements.add(element);
        }
      }
    }
    keepOnePrimary(elements, touched);
    return toValue(elements);
  }

  /**
   * {@code name.familyName} sets the sub-attribute, creating the complex value if absent. On a
   * multi-valued attribute without filter ({@code emails.type}) it applies to every element.
   */
  private static JsonValue subAttributeAssigned(
      Attribute attribute, Attribute sub, JsonValue before, JsonValue value) {
    JsonValue subValue = ValueCoercer.attributeValue(sub, value);
    if (!attribute.multiValued()) {
      JsonObject existing = before instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
      return CheckedEdits.withMember(sub, existing, subValue);
    }
    List<JsonValue> elements = list(before);
    if (elements.isEmpty()) {
      elements.add(Jsons.createObjectBuilder().add(sub.name(), subValue).build());
    }
    elements.replaceAll(
        e -> e instanceof JsonObject o ? CheckedEdits.withMember(sub, o, subValue) : e);
    keepOnePrimary(
        elements, IntStream.range(0, elements.size()).boxed().collect(Collectors.toSet()));
    return toValue(elements);
  }

  private static JsonObject updated(
      Attribute attribute, Attribute sub, JsonObject element, JsonValue value) {
    if (sub != null) {
      return CheckedEdits.withMember(sub, element, ValueCoercer.attributeValue(sub, value));
    }
    return CheckedEdits.merge(
        attribute, element, (JsonObject) ValueCoercer.single(attribute, value));
  }

  /**
   * Add or replace through a filter that matches nothing fails with noTarget, except for Entra's
   * {@code emails[type eq "work"].value} on a user without work email, which creates the element.
   */
  private static JsonObject elementForUnmatchedFilter(
      Attribute attribute, Filter filter, Attribute sub, JsonValue value) {
    Optional<JsonObject> implied =
        sub == null
            ? Optional.empty()
            : MultiValues.elementImpliedByEqualityFilter(filter, attribute);
    return implied
        .map(e -> MultiValues.with(e, sub.name(), ValueCoercer.attributeValue(sub, value)))
        .orElseThrow(
            () ->
                ScimException.noTarget(
                    "No element of " + attribute.name() + " matches the filter"));
  }
}
