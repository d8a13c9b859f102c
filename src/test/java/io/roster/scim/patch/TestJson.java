package io.roster.scim.patch;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Test JSON written with single quotes for JSON's double quotes and backticks for a double quote
 * inside a string (as in filters: {@code 'emails[type eq `work`]'}), so cases stay readable.
 */
final class TestJson {
  private TestJson() {}

  static JsonValue value(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace("`", "\\\"").replace('\'', '"')))
        .readValue();
  }

  static JsonObject object(String singleQuoted) {
    return value(singleQuoted).asJsonObject();
  }

  /** {@code base} with the top-level members of {@code changes} set, a JSON null removing one. */
  static JsonObject with(JsonObject base, String changes) {
    JsonObjectBuilder out = Json.createObjectBuilder(base);
    object(changes)
        .forEach(
            (key, value) -> {
              if (value == JsonValue.NULL) {
                out.remove(key);
              } else {
                out.add(key, value);
              }
            });
    return out.build();
  }
}
