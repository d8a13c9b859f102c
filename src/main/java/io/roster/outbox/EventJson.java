package io.roster.outbox;

/** An outbox row as the host application receives it, built by PostgreSQL as JSON text. */
public final class EventJson {
  /**
   * The event of the row aliased {@code e}: {@code id} (text), {@code type}, {@code createdAt}
   * (UTC, milliseconds), {@code actor} and {@code data}, in this order ({@code json}, not {@code
   * jsonb}, which would sort the keys).
   */
  public static final String SQL =
      "json_build_object('id', e.id::text, 'type', e.type, 'createdAt',"
          + " to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
          + " 'actor', e.actor, 'data', e.data)::text";

  private EventJson() {}
}
