package io.roster.outbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/events}: the host application's events feed, read with an access-scoped token (or
 * admin credentials). Answers {@code {"events": [...], "next": cursor}}; the next call passes
 * {@code after=next}.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
@RequestScoped
public class EventsResource {
  @Inject EventFeed feed;

  @GET
  @Operation(
      summary =
          "Events after a cursor, oldest first; limit 1-1000 (100), types comma-separated,"
              + " wait 0-30 s for a first event")
  public String events(
      @QueryParam("after") String after,
      @QueryParam("limit") String limit,
      @QueryParam("types") String types,
      @QueryParam("wait") String wait)
      throws SQLException, InterruptedException {
    EventFeed.Page page =
        feed.read(
            FeedCursor.parse(after),
            number(limit, 100, 1, EventFeed.MAX_LIMIT, "limit"),
            types(types),
            number(wait, 0, 0, EventFeed.MAX_WAIT_SECONDS, "wait"));
    // The events are JSON text from PostgreSQL: joined, not parsed and written again.
    return "{\"events\":["
        + String.join(",", page.events())
        + "],\"next\":\""
        + page.next()
        + "\"}";
  }

  static List<String> types(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> types = Arrays.stream(text.split(",")).map(String::strip).distinct().toList();
    for (String type : types) {
      if (!EventTypes.ALL.contains(type)) {
        throw new BadRequestException(
            "Unknown event type " + type + "; known: " + String.join(",", EventTypes.ALL));
      }
    }
    return types;
  }

  private static int number(String text, int absent, int min, int max, String name) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestException(name + " must be a whole number from " + min + " to " + max);
  }
}
