package io.roster.user;

import io.roster.testing.ScimClient;

/** How the user ITs reach /scim. */
final class ScimTestAccess {
  private ScimTestAccess() {}

  static ScimClient client() {
    return ScimClient.anonymous();
  }
}
