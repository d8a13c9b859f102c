package io.roster.scim.protocol;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of a listing as SCIM resources, projected as asked, with the number of matches in all:
 * what a service answers a {@link ListRequest} with, so that {@code GET /Users} and a search across
 * resource types ({@code POST /.search}) shape resources the same way.
 *
 * @param cursors where a page read by cursor continues; {@link CursorLinks#NONE} otherwise
 */
public record ResourcePage(List<JsonObject> resources, long totalResults, CursorLinks cursors) {
  public ResourcePage(List<JsonObject> resources, long totalResults) {
    this(resources, totalResults, CursorLinks.NONE);
  }
}
