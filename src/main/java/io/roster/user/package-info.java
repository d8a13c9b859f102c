/**
 * SCIM Users: the {@code /Users} resource, its service (the transaction and the rules), the mapper
 * between the SCIM document and the JPA entities, and the queries. May depend on {@code
 * io.roster.scim}, {@code persistence} and {@code events}.
 */
package io.roster.user;
