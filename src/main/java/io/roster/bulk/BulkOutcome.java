package io.roster.bulk;

import io.roster.scim.error.ScimException;

/**
 * What became of one bulk operation.
 *
 * @param status the HTTP status the single request would have had
 * @param resource the written resource's path below the SCIM root ({@code Users/<id>}); null if
 *     none
 * @param version its version after the write; null if none
 * @param error why it failed; null when it succeeded
 */
record BulkOutcome(
    BulkOperation operation, int status, String resource, Long version, ScimException error) {
  static BulkOutcome failed(BulkOperation operation, ScimException error) {
    return new BulkOutcome(operation, error.status(), null, null, error);
  }
}
