package io.roster.webhook;

import java.time.OffsetDateTime;

/**
 * One event's delivery to one endpoint, as the delivery log shows it.
 *
 * @param state {@code pending} (waiting or being retried), {@code delivered}, {@code failed} (gave
 *     up after 3 days)
 * @param lastResponse the start of the last answer's body, or why no answer came
 */
public record Delivery(
    long id,
    Long eventId,
    String eventType,
    String state,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime lastAttemptAt,
    Integer lastStatus,
    Integer lastLatencyMs,
    String lastResponse) {}
