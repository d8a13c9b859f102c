/**
 * JPA helpers shared by the SCIM features: the filter tree turned into a Criteria predicate,
 * two-step paging, a SCIM attribute's column, unique-constraint flushes. May depend on the SCIM
 * protocol packages ({@code scim.filter}, {@code scim.schema}, {@code scim.protocol}) and JPA,
 * never on a feature, never on {@code scim.http}; it throws no SCIM errors (the services decide
 * those).
 */
package io.roster.persistence;
