package io.roster.persistence;

import io.roster.scim.schema.AttributeType;

/**
 * Where a single-valued SCIM attribute is stored: a dotted JPA attribute path from the query root
 * (e.g. {@code nameGiven}, or {@code group.displayName} across a relationship), with the type and
 * case sensitivity its comparisons follow.
 */
public record AttributeColumn(String path, AttributeType type, boolean caseExact) {}
