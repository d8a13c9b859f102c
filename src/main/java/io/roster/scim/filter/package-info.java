/**
 * SCIM filters and PATCH paths: a lexer and parser into an immutable, sealed tree ({@link
 * io.roster.scim.filter.Filter}), a visitor interface for its uses, and printing. Depends on {@code
 * scim.error} only.
 */
package io.roster.scim.filter;
