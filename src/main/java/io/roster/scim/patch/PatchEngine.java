package io.roster.scim.patch;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.PatchPath;
import io.roster.scim.patch.PatchOperation.Op;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import io.roster.scim.schema.Schema;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource's JSON as a GET returns it, extension
 * attributes nested under their URN. Pure: the input is immutable and a failing operation throws
 * before anything is returned, so a request applies all-or-nothing. The caller validates and stores
 * the result as it would a PUT body.
 *
 * <p>This class resolves each operation's path (or the keys of a path-less value) to attributes;
 * {@link Assignment} (add, replace) and {@link Removal} (remove) change them.
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
    FilteredElements selected = FilteredElements.select(document, target, path.valueFilter());
    if (operation.op() == Op.REMOVE) {
      Removal.removeFiltered(selected, sub);
    } else {
      Assignment.assignFiltered(selected, path.valueFilter(), sub, operation.value());
    }
  }

  /** An operation on an attribute or {@code attribute.subAttribute}, without value filter. */
  private static void edit(
      ResourceDocument document, Op op, ResolvedAttribute target, JsonValue value) {
    if (op == Op.REMOVE) {
      Removal.remove(document, target, value);
    } else {
      Assignment.assign(document, op, target, value);
    }
  }
}
