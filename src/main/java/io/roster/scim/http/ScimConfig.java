package io.roster.scim.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SCIM settings from MicroProfile Config (environment variables such as ROSTER_SCIM_MAX_RESULTS).
 */
@ApplicationScoped
public class ScimConfig {
  @Inject
  @ConfigProperty(name = "roster.scim.default-count", defaultValue = "100")
  int defaultCount;

  @Inject
  @ConfigProperty(name = "roster.scim.max-results", defaultValue = "200")
  int maxResults;

  @Inject
  @ConfigProperty(name = "roster.scim.bulk.max-operations", defaultValue = "1000")
  int bulkMaxOperations;

  /** The most operations one /Bulk request may hold (its maxPayloadSize is BodySizeLimit's). */
  public int bulkMaxOperations() {
    return bulkMaxOperations;
  }

  public PagingLimits paging() {
    return new PagingLimits(Math.min(defaultCount, maxResults), maxResults);
  }
}
