package io.roster.scim.http;

import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.ResourcePage;
import io.roster.scim.schema.ListResponse;
import jakarta.json.JsonObject;

/** The ListResponse for a list or search request, in the form its paging asks for. */
public final class ListResponses {
  private ListResponses() {}

  public static JsonObject of(ListRequest request, ResourcePage page) {
    if (request.page().byCursor()) {
      return ListResponse.ofCursor(
          page.resources(), page.totalResults(), page.cursors().next(), page.cursors().previous());
    }
    return ListResponse.of(
        page.resources(), (int) page.totalResults(), request.page().startIndex());
  }
}
