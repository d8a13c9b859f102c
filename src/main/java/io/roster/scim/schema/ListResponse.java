package io.roster.scim.schema;

import io.roster.scim.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

  /**
   * A page read by cursor (RFC 9865 §2): no startIndex, since the page has no fixed place, and
   * {@code nextCursor} / {@code previousCursor} where those pages exist.
   *
   * @param nextCursor null on the last page
   * @param previousCursor null on the first page
   */
  public static JsonObject ofCursor(
      List<? extends JsonValue> resources,
      long totalResults,
      String nextCursor,
      String previousCursor) {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    resources.forEach(array::add);
    JsonObjectBuilder response =
        Jsons.createObjectBuilder()
            .add("schemas", Jsons.createArrayBuilder().add(URN))
            .add("totalResults", totalResults)
            .add("itemsPerPage", resources.size());
    if (nextCursor != null) {
      response.add("nextCursor", nextCursor);
    }
    if (previousCursor != null) {
      response.add("previousCursor", previousCursor);
    }
    return response.add("Resources", array).build();
  }
}
