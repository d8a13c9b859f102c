package io.roster.testing;

/** How the ITs reach /scim. */
public final class ScimTestAccess {
  private ScimTestAccess() {}

  public static ScimClient client() {
    return ScimClient.anonymous();
  }
}
