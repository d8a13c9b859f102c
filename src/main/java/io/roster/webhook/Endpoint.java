package io.roster.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint as the admin API and the console show it; never its secret.
 *
 * @param types the event types sent, all when empty
 * @param failingSince when its deliveries started failing, null while they succeed
 * @param previousSecretUntil until when the secret replaced by a rotation still signs, or null
 */
public record Endpoint(
    UUID id,
    String url,
    List<String> types,
    boolean enabled,
    String disabledReason,
    OffsetDateTime failingSince,
    OffsetDateTime previousSecretUntil,
    OffsetDateTime createdAt) {}
