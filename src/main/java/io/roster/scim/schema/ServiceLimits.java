package io.roster.scim.schema;

/**
 * The limits ServiceProviderConfig advertises (RFC 7643 §5, RFC 9865 §4).
 *
 * @param defaultPageSize resources in a page when the request names no count
 * @param maxPageSize the most resources one page holds (also filter.maxResults)
 * @param cursorTimeoutSeconds how long a cursor stays valid after it was issued
 * @param bulkMaxOperations the most operations one /Bulk request may hold; 0: no /Bulk
 * @param bulkMaxPayloadSize the largest /Bulk body, in bytes
 */
public record ServiceLimits(
    int defaultPageSize,
    int maxPageSize,
    long cursorTimeoutSeconds,
    int bulkMaxOperations,
    int bulkMaxPayloadSize) {}
