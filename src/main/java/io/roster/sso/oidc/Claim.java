package io.roster.sso.oidc;

import io.roster.sso.MatchAttribute;
import java.util.Optional;

/** The ID token claim that names the person, and the SCIM attribute it is matched against. */
public enum Claim {
  EMAIL("email", MatchAttribute.EMAIL),
  PREFERRED_USERNAME("preferred_username", MatchAttribute.USER_NAME),
  SUB("sub", MatchAttribute.EXTERNAL_ID);

  private final String claimName;
  private final MatchAttribute attribute;

  Claim(String claimName, MatchAttribute attribute) {
    this.claimName = claimName;
    this.attribute = attribute;
  }

  public String claimName() {
    return claimName;
  }

  public MatchAttribute attribute() {
    return attribute;
  }

  public static Optional<Claim> parse(String name) {
    for (Claim claim : values()) {
      if (claim.claimName.equals(name)) {
        return Optional.of(claim);
      }
    }
    return Optional.empty();
  }
}
