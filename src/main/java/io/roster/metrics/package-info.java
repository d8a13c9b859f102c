/**
 * {@code GET /metrics}: the operators' view, in the Prometheus text format, of what the features
 * count (SCIM requests, the provisioning log) and of the pool and the JVM. Sits above the features
 * it reads, so that {@code platform} depends on none.
 */
package io.roster.metrics;
