package io.roster.scim.patch;

import io.roster.scim.json.Jsons;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.Mutability;
import io.roster.scim.schema.ResourceSchema;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Reads a POST or PUT body leniently, the way a path-less PATCH "replace" reads its value: names
 * match case-insensitively and come out canonical, dotted and URN-prefixed keys are understood,
 * "True"/"False" become booleans, unknown attributes are ignored and readOnly ones (id, meta,
 * groups) are dropped. Wrong types are refused with invalidValue.
 */
public final class ResourceInput {
  private ResourceInput() {}

  public static JsonObject normalize(JsonObject body, ResourceSchema schema) {
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

  private static boolean isReadOnly(Attribute attribute) {
    return attribute.mutability() == Mutability.READ_ONLY;
  }
}
