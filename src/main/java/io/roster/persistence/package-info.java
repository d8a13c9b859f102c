/**
 * JPA helpers shared by the SCIM features: the filter tree turned into a Criteria predicate,
 * two-step paging, a SCIM attribute's column, unique-constraint flushes. May depend on the SCIM
 * protocol packages ({@code scim.filter}, {@code scim.schema}, {@code scim.error}) and JPA, never
 * on a feature.
 */
package io.roster.persistence;
