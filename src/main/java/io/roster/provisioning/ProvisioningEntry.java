package io.roster.provisioning;

import io.roster.audit.Actor;
import java.time.OffsetDateTime;

/** One logged request as the console and the admin API show it. */
public record ProvisioningEntry(
    long id,
    OffsetDateTime occurredAt,
    Actor actor,
    String method,
    String path,
    String resourceType,
    String resourceId,
    String resourceName,
    int status,
    String scimType,
    String detail,
    int durationMs,
    long bytesIn,
    long bytesOut,
    String attributes) {}
