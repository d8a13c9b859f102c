package io.roster.sso;

/** Which SCIM attribute a received value is matched against. */
public enum MatchAttribute {
  USER_NAME("userName"),
  EMAIL("emails.value"),
  EXTERNAL_ID("externalId");

  private final String scimName;

  MatchAttribute(String scimName) {
    this.scimName = scimName;
  }

  /** The SCIM attribute's name, as pages and audit entries show it. */
  public String scimName() {
    return scimName;
  }
}
