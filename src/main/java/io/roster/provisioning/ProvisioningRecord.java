package io.roster.provisioning;

import java.time.OffsetDateTime;

/**
 * One request as the log keeps it. Holds names and shapes only: never a token, a password, a header
 * or a body.
 *
 * @param actorType {@code token}, {@code oauth-client} or {@code anonymous} (refused before a
 *     caller was known)
 * @param resourceType {@code User}, {@code Group}, or the endpoint's name ({@code
 *     ServiceProviderConfig}, {@code token}...)
 * @param resourceName the user's {@code userName} or the group's {@code displayName}, when known
 * @param errorShape the detail with its values blanked ({@link ErrorShape}), grouping errors
 * @param attributes the names of the attributes a write sent, comma-separated
 */
public record ProvisioningRecord(
    OffsetDateTime occurredAt,
    String actorType,
    String actorId,
    String actorName,
    String method,
    String path,
    String resourceType,
    String resourceId,
    String resourceName,
    int status,
    String scimType,
    String detail,
    String errorShape,
    int durationMs,
    long bytesIn,
    long bytesOut,
    String attributes) {}
