package io.roster.scim.patch;

import static io.roster.scim.patch.MultiValues.covers;
import static io.roster.scim.patch.MultiValues.keepOnePrimary;
import static io.roster.scim.patch.MultiValues.list;
import static io.roster.scim.patch.MultiValues.toValue;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.Filter;
import io.roster.scim.filter.PatchPath;
import io.roster.scim.json.Jsons;
import io.roster.scim.patch.PatchOperation.Op;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import io.roster.scim.schema.Schema;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource's JSON as a GET returns it, extension
 * attributes nested under their URN. Pure: the input is immutable and a failing operation throws
 * before anything is returned, so a request applies all-or-nothing. The caller validates and stores
 * the result as it would a PUT body.
 */
public final class PatchEngine {
  private PatchEngine() {}

  /**
   * @throws ScimException invalidPath for a path naming no attribute of {@code schema}, noTarget
   *     for a value filter matching nothing, mutability for changing a readOnly or immutable value,
   *     invalidValue for a value of the wrong type or removing a required attribute
   */
  public static JsonObject apply(
      JsonObject resource, List<PatchOperation> operations, ResourceSchema schema) {
    ResourceDocument document = new ResourceDocument(resource);
    for (PatchOperation operation : operations) {
      if (operation.path() == null) {
        applyWithoutPath(document, operation, schema);
      } else {
        applyWithPath(document, operation, schema);
      }
    }
    return document.toJson();
  }

  /**
   * Each key of the value object is handled as if it were the path. Unknown keys are ignored, as on
   * POST; {@code schemas} and {@code meta} are server-maintained and Okta echoes them back.
   */
  private static void applyWithoutPath(
      ResourceDocument document, PatchOperation operation, ResourceSchema schema) {
    if (!(operation.value() instanceof JsonObject value)) {
      throw ScimException.invalidValue("An operation without path needs an object value");
    }
    for (Map.Entry<String, JsonValue> e : value.entrySet()) {
      String key = e.getKey();
      if (key.equalsIgnoreCase("schemas") || key.equalsIgnoreCase("meta")) {
        continue;
      }
      Optional<Schema> extension = schema.extension(key);
      if (extension.isPresent()) {
        applyToExtension(document, operation.op(), extension.get(), e.getValue(), schema);
      } else {
        schema.find(key).ifPresent(target -> edit(document, operation.op(), target, e.getValue()));
      }
    }
  }

  private static void applyToExtension(
      ResourceDocument document, Op op, Schema extension, JsonValue value, ResourceSchema schema) {
    if (!(value instanceof JsonObject attributes)) {
      throw ScimException.invalidValue("The value of " + extension.id() + " must be an object");
    }
    for (Map.Entry<String, JsonValue> e : attributes.entrySet()) {
      schema
          .find(extension.id() + ":" + e.getKey())
          .ifPresent(target -> edit(document, op, target, e.getValue()));
    }
  }

  private static void applyWithPath(
      ResourceDocument document, PatchOperation operation, ResourceSchema schema) {
    PatchPath path = operation.path();
    Optional<Schema> extension =
        path.valueFilter() == null && path.subAttribute() == null
            ? schema.wholeExtension(path.attribute())
            : Optional.empty();
    if (extension.isPresent()) {
      if (operation.op() == Op.REMOVE) {
        document.removeExtension(extension.get().id());
      } else {
        applyToExtension(document, operation.op(), extension.get(), operation.value(), schema);
      }
      return;
    }
    ResolvedAttribute target = schema.locate(path.attribute(), ScimException::invalidPath);
    if (path.valueFilter() == null) {
      edit(document, operation.op(), target, operation.value());
      return;
    }
    Attribute attribute = target.attribute();
    if (!attribute.multiValued() || !attribute.isComplex() || target.subAttribute() != null) {
      throw ScimException.invalidPath(
          "Only multi-valued complex attributes take a value filter: " + path.attribute());
    }
    Attribute sub =
        path.subAttribute() == null
            ? null
            : attribute
                .subAttribute(path.subAttribute())
                .orElseThrow(
                    () ->
                        ScimException.invalidPath(
                            "Unknown sub-attribute "
                                + path.subAttribute()
                                + " of "
                                + attribute.name()));
    editFiltered(document, operation.op(), target, path.valueFilter(), sub, operation.value());
  }

  /** An operation on an attribute or {@code attribute.subAttribute}, without value filter. */
  private static void edit(
      ResourceDocument document, Op op, ResolvedAttribute target, JsonValue value) {
    Attribute attribute = target.attribute();
    JsonValue before = document.get(target);
    JsonValue after;
    if (op == Op.REMOVE || value == JsonValue.NULL) {
      // A null in a value object means unassigned (RFC 7643 §2.5): replace clears it, add
      // does nothing.
      if (op == Op.ADD) {
        return;
      }
      after = removed(target, before, op == Op.REMOVE ? value : null);
    } else if (target.subAttribute() == null) {
      after = assigned(op, attribute, before, value);
    } else {
      after = subAttributeAssigned(attribute, target.subAttribute(), before, value);
    }
    MutabilityGuard.check(attribute, before, after);
    document.put(target, after);
  }

  /**
   * Removing a required attribute fails with invalidValue: RFC 7644 §3.12 gives that type to "a
   * required value was missing", while mutability concerns readOnly and immutable attributes.
   *
   * @param value for a multi-valued attribute, the elements to remove (Entra's {@code "op":
   *     "Remove", "path": "members", "value": [{"value": "id"}]}); null removes all
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
      return withoutMember(sub, before);
    }
    List<JsonValue> kept = new ArrayList<>();
    for (JsonValue element : list(before)) {
      JsonValue rest = withoutMember(sub, element);
      if (rest != null) {
        kept.add(rest);
      }
    }
    return toValue(kept);
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
                ? mergeChecked(attribute, existing, object)
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
      return withMember(sub, existing, subValue);
    }
    List<JsonValue> elements = list(before);
    if (elements.isEmpty()) {
      elements.add(Jsons.createObjectBuilder().add(sub.name(), subValue).build());
    }
    elements.replaceAll(e -> e instanceof JsonObject o ? withMember(sub, o, subValue) : e);
    keepOnePrimary(
        elements, IntStream.range(0, elements.size()).boxed().collect(Collectors.toSet()));
    return toValue(elements);
  }

  /** {@code emails[type eq "work"]} and {@code emails[type eq "work"].value}. */
  private static void editFiltered(
      ResourceDocument document,
      Op op,
      ResolvedAttribute target,
      Filter filter,
      Attribute sub,
      JsonValue value) {
    Attribute attribute = target.attribute();
    ValueFilterMatcher.checkPaths(filter, attribute);
    JsonValue before = document.get(target);
    List<JsonValue> elements = list(before);
    Set<Integer> matched =
        IntStream.range(0, elements.size())
            .filter(i -> ValueFilterMatcher.matches(filter, attribute, elements.get(i)))
            .boxed()
            .collect(Collectors.toSet());
    List<JsonValue> result = new ArrayList<>();
    Set<Integer> touched = Set.of();
    if (op == Op.REMOVE) {
      // Removing what is not there succeeds: clients retry, and the end state is the one asked.
      for (int i = 0; i < elements.size(); i++) {
        JsonValue element = elements.get(i);
        JsonValue rest =
            !matched.contains(i) ? element : sub == null ? null : withoutMember(sub, element);
        if (rest != null) {
          result.add(rest);
        }
      }
    } else if (matched.isEmpty()) {
      result.addAll(elements);
      result.add(elementForUnmatchedFilter(attribute, filter, sub, value));
      touched = Set.of(elements.size());
    } else {
      touched = matched;
      for (int i = 0; i < elements.size(); i++) {
        JsonValue element = elements.get(i);
        result.add(
            matched.contains(i) ? updated(attribute, sub, (JsonObject) element, value) : element);
      }
    }
    keepOnePrimary(result, touched);
    JsonValue after = toValue(result);
    MutabilityGuard.check(attribute, before, after);
    document.put(target, after);
  }

  private static JsonObject updated(
      Attribute attribute, Attribute sub, JsonObject element, JsonValue value) {
    if (sub != null) {
      return withMember(sub, element, ValueCoercer.attributeValue(sub, value));
    }
    return mergeChecked(attribute, element, (JsonObject) ValueCoercer.single(attribute, value));
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

  /**
   * {@code existing} with {@code incoming}'s sub-attributes, refusing changes to immutable ones.
   */
  private static JsonObject mergeChecked(
      Attribute attribute, JsonObject existing, JsonObject incoming) {
    for (Map.Entry<String, JsonValue> e : incoming.entrySet()) {
      attribute
          .subAttribute(e.getKey())
          .ifPresent(sub -> MutabilityGuard.check(sub, existing.get(sub.name()), e.getValue()));
    }
    return MultiValues.merge(existing, incoming);
  }

  private static JsonObject withMember(Attribute sub, JsonObject object, JsonValue value) {
    MutabilityGuard.check(sub, object.get(sub.name()), value);
    return MultiValues.with(object, sub.name(), value);
  }

  /** {@code value} without the sub-attribute; null when nothing else is left. */
  private static JsonObject withoutMember(Attribute sub, JsonValue value) {
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
