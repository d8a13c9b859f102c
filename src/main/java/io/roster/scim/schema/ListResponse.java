package io.roster.scim.schema;

import io.roster.scim.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The list response of RFC 7644 §3.4.2, used by queries and by the discovery endpoints. */
public final class ListResponse {
  public static final String URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  private ListResponse() {}

  /**
   * @param totalResults matches across all pages
   * @param startIndex the 1-based index of the first resource in {@code resources}
   */
  public static JsonObject of(
      List<? extends JsonValue> resources, int totalResults, int startIndex) {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    resources.forEach(array::add);
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(URN))
        .add("totalResults", totalResults)
        .add("itemsPerPage", resources.size())
        .add("startIndex", startIndex)
        .add("Resources", array)
        .build();
  }
}
