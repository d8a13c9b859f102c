/**
 * SCIM Groups: the {@code /Groups} resource, its service (the transaction and the rules), the JPA
 * entities and set-based membership changes that never read the member list. May depend on {@code
 * io.roster.scim}, {@code persistence}, {@code events} and, for members, {@code user}.
 */
package io.roster.group;
