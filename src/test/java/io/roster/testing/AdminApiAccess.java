package io.roster.testing;

import java.util.Map;

/** How the ITs reach /api. */
public final class AdminApiAccess {
  private AdminApiAccess() {}

  public static ScimClient client() {
    return new ScimClient(ScimClient.BASE + "/api", Map.of());
  }
}
