package io.roster.scim.patch;

import static io.roster.scim.patch.MultiValues.list;

import io.roster.scim.filter.Filter;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.ResolvedAttribute;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The elements of a multi-valued complex attribute and those a value filter ({@code emails[type eq
 * "work"]}) selects: what a filtered remove and a filtered add or replace both start from.
 *
 * @param matched indexes into {@code elements}
 */
record FilteredElements(
    ResourceDocument document,
    ResolvedAttribute target,
    JsonValue before,
    List<JsonValue> elements,
    Set<Integer> matched) {

  static FilteredElements select(
      ResourceDocument document, ResolvedAttribute target, Filter filter) {
    Attribute attribute = target.attribute();
    ValueFilterMatcher.checkPaths(filter, attribute);
    JsonValue before = document.get(target);
    List<JsonValue> elements = list(before);
    Set<Integer> matched =
        IntStream.range(0, elements.size())
            .filter(i -> ValueFilterMatcher.matches(filter, attribute, elements.get(i)))
            .boxed()
            .collect(Collectors.toSet());
    return new FilteredElements(document, target, before, elements, matched);
  }

  Attribute attribute() {
    return target.attribute();
  }

  /** Writes the attribute's new elements, unless its mutability forbids the change. */
  void store(JsonValue after) {
    MutabilityGuard.check(target.attribute(), before, after);
    document.put(target, after);
  }
}
