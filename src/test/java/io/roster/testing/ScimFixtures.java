package io.roster.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Users and groups made over SCIM for a test, each asserted created; their ids returned. */
public final class ScimFixtures {
  private ScimFixtures() {}

  public static String user(ScimClient scim, String userName) {
    var created = scim.post("/Users", "{\"userName\":\"" + userName + "\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  public static String group(ScimClient scim, String displayName, String... userIds) {
    StringBuilder members = new StringBuilder();
    for (String id : userIds) {
      members.append(members.isEmpty() ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
    }
    var created =
        scim.post(
            "/Groups", "{\"displayName\":\"" + displayName + "\",\"members\":[" + members + "]}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }
}
