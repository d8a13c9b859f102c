package io.roster.scim.http;

/**
 * How many resources one list answer holds: {@code defaultCount} when the client names none, never
 * more than {@code maxResults} (advertised in ServiceProviderConfig as filter.maxResults).
 */
public record PagingLimits(int defaultCount, int maxResults) {
  public int clamp(int requested) {
    return Math.min(Math.max(0, requested), maxResults);
  }
}
