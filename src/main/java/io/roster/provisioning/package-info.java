/**
 * The provisioning log: one entry per request an identity provider makes to {@code /scim} or {@code
 * /oauth} (who, what, the answer, how long, how big), recorded by {@link
 * io.roster.provisioning.RequestRecorder} and written in batches off the request path by {@link
 * io.roster.provisioning.ProvisioningLog}. Searchable in the console and over the admin API;
 * counted for operators by {@link io.roster.provisioning.ScimMetrics}.
 */
package io.roster.provisioning;
