package io.roster.user;

import static io.roster.persistence.StoredAttribute.column;
import static io.roster.persistence.StoredAttribute.text;

import io.roster.persistence.StoredAttribute;
import io.roster.scim.filter.AttributePath;
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

  /**
   * The sub-attributes of element rows, alike for every multi-valued attribute: the strings the
   * mapper copies, and {@code primary}, written by hand; filters find their columns here too.
   */
  static final List<StoredAttribute<UserValueEntity>> SUBS =
      List.of(
          text(sub("value"), "value", v -> v.value, (v, s) -> v.value = s),
          text(sub("display"), "display", v -> v.display, (v, s) -> v.display = s),
          text(sub("type"), "type", v -> v.type, (v, s) -> v.type = s),
          column(sub("primary"), "primary"),
          text(sub("formatted"), "formatted", v -> v.formatted, (v, s) -> v.formatted = s),
          text(
              sub("streetAddress"),
              "streetAddress",
              v -> v.streetAddress,
              (v, s) -> v.streetAddress = s),
          text(sub("locality"), "locality", v -> v.locality, (v, s) -> v.locality = s),
          text(sub("region"), "region", v -> v.region, (v, s) -> v.region = s),
          text(sub("postalCode"), "postalCode", v -> v.postalCode, (v, s) -> v.postalCode = s),
          text(sub("country"), "country", v -> v.country, (v, s) -> v.country = s));

  private static final List<StoredAttribute<UserValueEntity>> COPIED =
      SUBS.stream().filter(StoredAttribute::copied).toList();

  private UserValues() {}

  private static AttributePath sub(String name) {
    return AttributePath.of(name);
  }

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
    for (StoredAttribute<UserValueEntity> sub : COPIED) {
      if (o.get(sub.name()) instanceof JsonString s) {
        sub.set().accept(row, s.getString());
      }
    }
    row.primary =
        o.get("primary") == JsonValue.TRUE
            ? Boolean.TRUE
            : o.get("primary") == JsonValue.FALSE ? Boolean.FALSE : null;
    return row;
  }

  /** Rows (ordered by attribute and position) back into SCIM arrays, keyed by attribute. */
  static Map<String, JsonArray> toJson(List<UserValueEntity> rows) {
    Map<String, JsonArrayBuilder> arrays = new LinkedHashMap<>();
    for (UserValueEntity row : rows) {
      JsonObjectBuilder element = Jsons.createObjectBuilder();
      for (StoredAttribute<UserValueEntity> sub : COPIED) {
        String value = sub.get().apply(row);
        if (value != null) {
          element.add(sub.name(), value);
        }
      }
      if (row.primary != null) {
        element.add("primary", row.primary);
      }
      arrays.computeIfAbsent(row.attribute, a -> Jsons.createArrayBuilder()).add(element);
    }
    Map<String, JsonArray> result = new LinkedHashMap<>();
    arrays.forEach((attribute, builder) -> result.put(attribute, builder.build()));
    return result;
  }
}
