package io.roster.provisioning;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names of the attributes a write sends, never their values: the top-level names of a POST or
 * PUT body, or the paths of a PATCH's operations (the value's names for an operation without a
 * path). Protocol members ({@code schemas}, {@code meta}, {@code id}) are left out.
 */
final class WrittenAttributes {
  private static final Set<String> PROTOCOL = Set.of("schemas", "meta", "id", "Operations");

  private WrittenAttributes() {}

  static String of(JsonObject body) {
    Set<String> names = new LinkedHashSet<>();
    JsonValue operations = body.get("Operations");
    if (operations != null && operations.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue op : operations.asJsonArray()) {
        if (op instanceof JsonObject operation) {
          addOperation(names, operation);
        }
      }
    }
    body.keySet().stream().filter(k -> !PROTOCOL.contains(k)).forEach(names::add);
    return names.isEmpty() ? null : String.join(",", names);
  }

  private static void addOperation(Set<String> names, JsonObject operation) {
    JsonValue path = operation.get("path");
    if (path instanceof JsonString p) {
      // a value filter (members[value eq "…"]) names the attribute, not the value
      names.add(p.getString().replaceAll("\\[.*?\\]", ""));
    } else if (operation.get("value") instanceof JsonObject value) {
      value.keySet().forEach(names::add);
    }
  }
}
