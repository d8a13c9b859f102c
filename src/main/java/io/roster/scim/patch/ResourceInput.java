package io.roster.scim.patch;

import io.roster.scim.error.ScimException;
import io.roster.scim.json.Jsons;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.Mutability;
import io.roster.scim.schema.ResourceSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * Reads a POST or PUT body leniently, the way a path-less PATCH "replace" reads its value: names
 * match case-insensitively and come out canonical, dotted and URN-prefixed keys are understood,
 * "True"/"False" become booleans, unknown attributes are ignored and readOnly ones (id, meta,
 * groups) are dropped. Wrong types are refused with invalidValue, and so is a {@code schemas} list
 * without the resource's core schema (a User sent to /Groups); a body without one is accepted.
 */
public final class ResourceInput {
  private ResourceInput() {}

  public static JsonObject normalize(JsonObject body, ResourceSchema schema) {
    checkSchemas(body, schema);
    JsonObjectBuilder writable = Jsons.createObjectBuilder();
    body.forEach(
        (name, value) -> {
          boolean readOnly =
              schema
                  .find(name)
                  .map(a -> a.subAttribute() == null && isReadOnly(a.attribute()))
                  .orElse(false);
          if (!readOnly && !name.equalsIgnoreCase("schemas")) {
            writable.add(name, value);
          }
        });
    PatchOperation replaceAll =
        new PatchOperation(PatchOperation.Op.REPLACE, null, writable.build());
    return PatchEngine.apply(JsonObject.EMPTY_JSON_OBJECT, List.of(replaceAll), schema);
  }

  private static void checkSchemas(JsonObject body, ResourceSchema schema) {
    String core = schema.core().id();
    for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
      if (!entry.getKey().equalsIgnoreCase("schemas")) {
        continue;
      }
      if (!(entry.getValue() instanceof JsonArray urns)
          || urns.stream().anyMatch(urn -> !(urn instanceof JsonString))) {
        throw ScimException.invalidValue("schemas must be an array of schema URNs");
      }
      if (urns.getValuesAs(JsonString.class).stream()
          .noneMatch(urn -> urn.getString().equalsIgnoreCase(core))) {
        throw ScimException.invalidValue("schemas must include " + core);
      }
    }
  }

  private static boolean isReadOnly(Attribute attribute) {
    return attribute.mutability() == Mutability.READ_ONLY;
  }
}
