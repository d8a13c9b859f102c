/**
 * The host application's events: the transactional outbox ({@code event_outbox}), written by {@link
 * io.roster.outbox.OutboxObserver} in the transaction of each change it announces, people's access
 * changes computed set-based in SQL ({@link io.roster.outbox.AccessEvents}), the retention purge,
 * and the ordered feed {@code GET /api/events} ({@link io.roster.outbox.EventFeed}). Owns {@code
 * event_outbox}; reads users, memberships and role levels only in {@link
 * io.roster.outbox.AccessEvents}, a named read model.
 */
package io.roster.outbox;
