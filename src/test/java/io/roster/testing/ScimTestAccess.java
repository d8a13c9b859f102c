package io.roster.testing;

import java.util.Map;

/** How the ITs reach /scim: SCIM enabled, with a fresh bearer token. */
public final class ScimTestAccess {
  private ScimTestAccess() {}

  public static ScimClient client() {
    String token = ScimTestClient.create().token();
    return new ScimClient(ScimClient.BASE + "/scim", Map.of("Authorization", "Bearer " + token));
  }
}
