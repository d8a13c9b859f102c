package io.roster.provisioning;

import java.time.OffsetDateTime;

/**
 * A filtered view of the provisioning log, newest first. Null filters match everything.
 *
 * @param token a token's (or OAuth client's) name or id
 * @param status a status class ({@code 2xx}, {@code 4xx}...) or one status ({@code 409})
 * @param resource a user's or group's id, {@code userName} or {@code displayName}
 * @param before keyset cursor: only entries with a smaller id (the {@code next} of the page before)
 */
public record ProvisioningQuery(
    OffsetDateTime from,
    OffsetDateTime to,
    String token,
    String status,
    String method,
    String resourceType,
    String resource,
    Long before,
    int limit) {

  public static ProvisioningQuery forResource(String resourceId, int limit) {
    return new ProvisioningQuery(null, null, null, null, null, null, resourceId, null, limit);
  }

  /** The same filters from {@code start} on. */
  public ProvisioningQuery since(OffsetDateTime start) {
    return new ProvisioningQuery(
        start, to, token, status, method, resourceType, resource, before, limit);
  }

  ProvisioningQuery withLimit(int newLimit) {
    return new ProvisioningQuery(
        from, to, token, status, method, resourceType, resource, before, newLimit);
  }
}
