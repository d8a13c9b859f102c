package io.roster.scim.protocol;

import java.util.UUID;

/**
 * A keyset position in a sorted listing: the row a page continues from, by its sort value and id,
 * and the way it continues. What a cursor token carries, once checked.
 *
 * @param backward true for a {@code previousCursor}: the page before the row, not after it
 * @param sortValue that row's sortBy value: a String, Boolean, Integer, Long or OffsetDateTime;
 *     null when the listing has no sortBy or the row has no value
 */
public record Cursor(boolean backward, Object sortValue, UUID id) {}
