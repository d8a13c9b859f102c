package io.roster.scim.patch;

import io.roster.scim.json.Jsons;
import io.roster.scim.schema.ResolvedAttribute;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resource being patched, as a mutable map of top-level members over an immutable input. Finds
 * members case-insensitively and writes them under the schema's canonical name; keeps each
 * extension's URN in {@code schemas} in step with whether its object is present.
 */
final class ResourceDocument {
  private final Map<String, JsonValue> members;

  ResourceDocument(JsonObject resource) {
    members = new LinkedHashMap<>(resource);
  }

  /** The attribute's current value, or null when unassigned. */
  JsonValue get(ResolvedAttribute target) {
    Map<String, JsonValue> container =
        target.extension() ? extension(target.extensionUrn()) : members;
    JsonValue value = find(container, target.attribute().name());
    return value == JsonValue.NULL ? null : value;
  }

  /** Sets the attribute, or removes it when {@code value} is null. */
  void put(ResolvedAttribute target, JsonValue value) {
    if (!target.extension()) {
      write(members, target.attribute().name(), value);
      return;
    }
    Map<String, JsonValue> extension = extension(target.extensionUrn());
    write(extension, target.attribute().name(), value);
    putExtension(target.extensionUrn(), extension);
  }

  void removeExtension(String urn) {
    putExtension(urn, Map.of());
  }

  JsonObject toJson() {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    members.forEach(out::add);
    return out.build();
  }

  private Map<String, JsonValue> extension(String urn) {
    Map<String, JsonValue> copy = new LinkedHashMap<>();
    if (find(members, urn) instanceof JsonObject object) {
      copy.putAll(object);
    }
    return copy;
  }

  private void putExtension(String urn, Map<String, JsonValue> attributes) {
    JsonObjectBuilder object = Jsons.createObjectBuilder();
    attributes.forEach(object::add);
    write(members, urn, attributes.isEmpty() ? null : object.build());
    listSchema(urn, !attributes.isEmpty());
  }

  private void listSchema(String urn, boolean listed) {
    JsonValue current = find(members, "schemas");
    JsonArrayBuilder schemas = Jsons.createArrayBuilder();
    boolean found = false;
    if (current instanceof JsonArray array) {
      for (JsonValue s : array) {
        boolean isUrn = s instanceof JsonString u && u.getString().equalsIgnoreCase(urn);
        found |= isUrn;
        if (!isUrn || listed) {
          schemas.add(s);
        }
      }
    }
    if (listed && !found) {
      schemas.add(urn);
    }
    if (current != null || listed) {
      write(members, "schemas", schemas.build());
    }
  }

  private static JsonValue find(Map<String, JsonValue> map, String name) {
    JsonValue exact = map.get(name);
    if (exact != null) {
      return exact;
    }
    return map.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Replaces any differently-cased key by {@code name}; keeps the position of an exact match. */
  private static void write(Map<String, JsonValue> map, String name, JsonValue value) {
    map.keySet().removeIf(k -> k.equalsIgnoreCase(name) && !k.equals(name));
    if (value == null) {
      map.remove(name);
    } else {
      map.put(name, value);
    }
  }
}
