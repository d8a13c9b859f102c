package io.roster.provisioning;

import java.time.OffsetDateTime;

/**
 * Failed requests that are the same failure: one status, {@code scimType} and detail shape.
 *
 * @param example the newest request of the group
 */
public record ErrorGroup(
    int status,
    String scimType,
    String shape,
    long count,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen,
    ProvisioningEntry example) {}
