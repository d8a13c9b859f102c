package io.roster.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** How the ITs reach /api: as the test admin, over HTTP Basic. */
public final class AdminApiAccess {
  private AdminApiAccess() {}

  public static ScimClient client() {
    String credentials = AdminApi.USER + ":" + AdminApi.PASSWORD;
    String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    return new ScimClient(ScimClient.BASE + "/api", Map.of("Authorization", "Basic " + basic));
  }
}
