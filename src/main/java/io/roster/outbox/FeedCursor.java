package io.roster.outbox;

import jakarta.ws.rs.BadRequestException;

/**
 * A position in the events feed: the writing transaction's id and the event's id, the order events
 * are handed out in. Plain database values, so a cursor from one node is valid on every node. Shown
 * to clients as the opaque text {@code <tx>.<id>}.
 *
 * @param tx the transaction id (xid8) as decimal text
 */
record FeedCursor(long tx, long id) {
  /** Before the first event. */
  static final FeedCursor START = new FeedCursor(0, 0);

  static FeedCursor parse(String text) {
    if (text == null || text.isBlank()) {
      return START;
    }
    int dot = text.indexOf('.');
    try {
      FeedCursor cursor =
          new FeedCursor(
              Long.parseLong(text.substring(0, Math.max(dot, 0))),
              Long.parseLong(text.substring(dot + 1)));
      if (cursor.tx >= 0 && cursor.id >= 0) {
        return cursor;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestException("after must be a cursor returned as next by this feed");
  }

  @Override
  public String toString() {
    return tx + "." + id;
  }
}
