package io.roster.scim.http;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.FilterParser;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.PageRequest;
import io.roster.scim.protocol.Sort;
import io.roster.scim.schema.Projection;
import io.roster.scim.schema.ResourceSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a {@link ListRequest} from the query parameters of {@code GET /Users} or {@code GET
 * /Groups}, or from a {@code POST .search} body (SearchRequest schema): the same names, the same
 * rules, the same errors. A {@code cursor} (RFC 9865), even empty, asks for paging by cursor
 * instead of by index; it is checked later, by the storage that issued it.
 */
public final class ListRequests {
  private ListRequests() {}

  /** From the query string of {@code GET /Users} or {@code GET /Groups}. */
  public static ListRequest fromQuery(
      MultivaluedMap<String, String> query, PagingLimits limits, ResourceSchema schema) {
    return of(
        query.getFirst("filter"),
        query.getFirst("startIndex"),
        query.getFirst("count"),
        query.containsKey("cursor")
            ? Objects.requireNonNullElse(query.getFirst("cursor"), "")
            : null,
        query.getFirst("sortBy"),
        query.getFirst("sortOrder"),
        query.getFirst("attributes"),
        query.getFirst("excludedAttributes"),
        limits,
        schema);
  }

  /** From a {@code POST .search} body. */
  public static ListRequest fromSearch(
      JsonObject body, PagingLimits limits, ResourceSchema schema) {
    return of(
        text(body, "filter"),
        text(body, "startIndex"),
        text(body, "count"),
        text(body, "cursor"),
        text(body, "sortBy"),
        text(body, "sortOrder"),
        list(body, "attributes"),
        list(body, "excludedAttributes"),
        limits,
        schema);
  }

  private static ListRequest of(
      String filter,
      String startIndex,
      String count,
      String cursor,
      String sortBy,
      String sortOrder,
      String attributes,
      String excludedAttributes,
      PagingLimits limits,
      ResourceSchema schema) {
    if (cursor != null && !blank(startIndex)) {
      throw ScimException.invalidValue(
          "startIndex and cursor ask for two kinds of paging: send one of them (RFC 9865)");
    }
    return new ListRequest(
        blank(filter) ? null : FilterParser.parse(filter),
        new Sort(blank(sortBy) ? null : sortBy, descending(sortOrder)),
        new PageRequest(
            Math.max(1, integer(startIndex, 1, "startIndex")),
            limits.clamp(integer(count, limits.defaultCount(), "count")),
            cursor == null ? null : cursor.trim()),
        Projection.parse(attributes, excludedAttributes, schema));
  }

  private static int integer(String value, int fallback, String name) {
    if (blank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ScimException.invalidValue(name + " must be an integer");
    }
  }

  private static boolean descending(String sortOrder) {
    if (blank(sortOrder)) {
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
    if (value instanceof JsonArray array) {
      return String.join(
          ",", array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }
    return text(body, name);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
