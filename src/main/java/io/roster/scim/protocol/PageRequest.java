package io.roster.scim.protocol;

/**
 * One page of a listing: by index (RFC 7644 §3.4.2.4), or after a cursor (RFC 9865).
 *
 * @param startIndex 1-based; 1 when the page is asked for by cursor
 * @param count how many to return; 0 asks for totalResults only
 * @param cursor null for index paging; empty for the first page by cursor, else a cursor this
 *     service issued (still to be checked)
 */
public record PageRequest(int startIndex, int count, String cursor) {
  public PageRequest(int startIndex, int count) {
    this(startIndex, count, null);
  }

  public boolean byCursor() {
    return cursor != null;
  }
}
