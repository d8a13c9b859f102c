package io.roster.user;

import io.roster.scim.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Converts a user's multi-valued attributes between SCIM arrays and element rows. */
final class UserValues {
  static final Set<String> STORED =
      Set.of(
          "emails",
          "phoneNumbers",
          "ims",
          "photos",
          "roles",
          "entitlements",
          "x509Certificates",
          "addresses");

  private record Sub(
      String name,
      Function<UserValueEntity, String> get,
      BiConsumer<UserValueEntity, String> set) {}

  private static final List<Sub> SUBS =
      List.of(
          new Sub("value", v -> v.value, (v, s) -> v.value = s),
          new Sub("display", v -> v.display, (v, s) -> v.display = s),
          new Sub("type", v -> v.type, (v, s) -> v.type = s),
          new Sub("formatted", v -> v.formatted, (v, s) -> v.formatted = s),
          new Sub("streetAddress", v -> v.streetAddress, (v, s) -> v.streetAddress = s),
          new Sub("locality", v -> v.locality, (v, s) -> v.locality = s),
          new Sub("region", v -> v.region, (v, s) -> v.region = s),
          new Sub("postalCode", v -> v.postalCode, (v, s) -> v.postalCode = s),
          new Sub("country", v -> v.country, (v, s) -> v.country = s));

  private UserValues() {}

  /** The rows for every multi-valued attribute of a (normalized) User resource. */
  static List<UserValueEntity> toRows(UUID userId, JsonObject resource) {
    List<UserValueEntity> rows = new ArrayList<>();
    for (String attribute : STORED) {
      if (!(resource.get(attribute) instanceof JsonArray elements)) {
        continue;
      }
      int position = 0;
      for (JsonValue element : elements) {
        if (element instanceof JsonObject object) {
          rows.add(row(userId, attribute, position++, object));
        }
      }
    }
    return rows;
  }

  private static UserValueEntity row(UUID userId, String attribute, int position, JsonObject o) {
    UserValueEntity row = new UserValueEntity();
    row.userId = userId;
    row.attribute = attribute;
    row.position = position;
    for (Sub sub : SUBS) {
      if (o.get(sub.name()) instanceof JsonString s) {
        sub.set().accept(row, s.getString());
      }
    }
    row.primary = o.get("primary") == JsonValue.TRUE;
    return row;
  }

  /** Rows (ordered by attribute and position) back into SCIM arrays, keyed by attribute. */
  static Map<String, JsonArray> toJson(List<UserValueEntity> rows) {
    Map<String, JsonArrayBuilder> arrays = new LinkedHashMap<>();
    for (UserValueEntity row : rows) {
      JsonObjectBuilder element = Jsons.createObjectBuilder();
      for (Sub sub : SUBS) {
        String value = sub.get().apply(row);
        if (value != null) {
          element.add(sub.name(), value);
        }
      }
      if (row.primary) {
        element.add("primary", true);
      }
      arrays.computeIfAbsent(row.attribute, a -> Jsons.createArrayBuilder()).add(element);
    }
    Map<String, JsonArray> result = new LinkedHashMap<>();
    arrays.forEach((attribute, builder) -> result.put(attribute, builder.build()));
    return result;
  }
}
