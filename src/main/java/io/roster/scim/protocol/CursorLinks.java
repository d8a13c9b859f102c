package io.roster.scim.protocol;

/**
 * The {@code nextCursor} and {@code previousCursor} of a page read by cursor (RFC 9865 §2), each
 * null when there is no such page (or, for index paging, always).
 */
public record CursorLinks(String next, String previous) {
  public static final CursorLinks NONE = new CursorLinks(null, null);
}
