/**
 * The SCIM discovery endpoints ({@code /ServiceProviderConfig}, {@code /ResourceTypes}, {@code
 * /Schemas}): a thin resource over the documents {@code io.roster.scim.schema} builds. May depend
 * on the {@code io.roster.scim} packages only.
 */
package io.roster.discovery;
