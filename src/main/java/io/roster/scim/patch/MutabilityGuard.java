package io.roster.scim.patch;

import io.roster.scim.error.ScimException;
import io.roster.scim.schema.Attribute;
import java.util.Objects;

/**
 * Refuses changes RFC 7643 §2.2 forbids: any change to a readOnly attribute, and any change but a
 * first assignment to an immutable one. Writing the value already there is no change, which lets
 * Okta's group rename {@code {"id": "<same id>", "displayName": "new"}} through.
 */
final class MutabilityGuard {
  private MutabilityGuard() {}

  /** {@code before} / {@code after} are null when unassigned. */
  static void check(Attribute a, Object before, Object after) {
    if (Objects.equals(before, after)) {
      return;
    }
    switch (a.mutability()) {
      case READ_ONLY -> throw ScimException.mutability("Attribute " + a.name() + " is readOnly");
      case IMMUTABLE -> {
        if (before != null) {
          throw ScimException.mutability(
              "Attribute " + a.name() + " is immutable and already has a value");
        }
      }
      case READ_WRITE, WRITE_ONLY -> {}
    }
  }
}
