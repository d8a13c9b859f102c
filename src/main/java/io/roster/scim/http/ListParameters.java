package io.roster.scim.http;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.Filter;
import io.roster.scim.filter.FilterParser;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * A list or search request (RFC 7644 §3.4.2-3.4.3), from query parameters or a {@code .search}
 * body: filter, 1-based paging, sorting and attribute selection.
 *
 * @param filter null when none was given
 * @param count how many to return; 0 asks for totalResults only
 */
public record ListParameters(
    Filter filter,
    int startIndex,
    int count,
    String sortBy,
    boolean descending,
    String attributes,
    String excludedAttributes) {

  /** From query parameters, any of which may be null. */
  public static ListParameters of(
      String filter,
      String startIndex,
      String count,
      String sortBy,
      String sortOrder,
      String attributes,
      String excludedAttributes,
      PagingLimits limits) {
    return new ListParameters(
        filter == null || filter.isBlank() ? null : FilterParser.parse(filter),
        Math.max(1, integer(startIndex, 1, "startIndex")),
        limits.clamp(integer(count, limits.defaultCount(), "count")),
        blankToNull(sortBy),
        descending(sortOrder),
        blankToNull(attributes),
        blankToNull(excludedAttributes));
  }

  /** From the query string of {@code GET /Users} or {@code GET /Groups}. */
  public static ListParameters of(
      jakarta.ws.rs.core.MultivaluedMap<String, String> query, PagingLimits limits) {
    return of(
        query.getFirst("filter"),
        query.getFirst("startIndex"),
        query.getFirst("count"),
        query.getFirst("sortBy"),
        query.getFirst("sortOrder"),
        query.getFirst("attributes"),
        query.getFirst("excludedAttributes"),
        limits);
  }

  /** From a {@code POST .search} body (SearchRequest schema). */
  public static ListParameters of(JsonObject body, PagingLimits limits) {
    return of(
        text(body, "filter"),
        text(body, "startIndex"),
        text(body, "count"),
        text(body, "sortBy"),
        text(body, "sortOrder"),
        list(body, "attributes"),
        list(body, "excludedAttributes"),
        limits);
  }

  private static int integer(String value, int fallback, String name) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ScimException.invalidValue(name + " must be an integer");
    }
  }

  private static boolean descending(String sortOrder) {
    if (sortOrder == null || sortOrder.isBlank()) {
      return false;
    }
    return switch (sortOrder.toLowerCase(Locale.ROOT)) {
      case "ascending" -> false;
      case "descending" -> true;
      default -> throw ScimException.invalidValue("sortOrder is ascending or descending");
    };
  }

  private static String text(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    return null;
  }

  /** attributes may be a JSON array of names or one comma-separated string. */
  private static String list(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value instanceof jakarta.json.JsonArray array) {
      return String.join(
          ",", array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }
    return text(body, name);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
