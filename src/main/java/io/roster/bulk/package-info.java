/**
 * {@code /Bulk} (RFC 7644 §3.7): many Users and Groups operations in one request, in the order
 * their bulkId references need, each carried out by the resource type's own service ({@link
 * io.roster.scim.protocol.ResourceWrites}) in its own transaction. Knows no feature: the types plug
 * in.
 */
package io.roster.bulk;
