package io.roster.sso.saml;

import io.roster.sso.SsoIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a checked assertion into the identity every SSO protocol hands to {@code SsoSignIn}. */
final class SamlIdentities {
  static final String PROTOCOL = "saml";

  private SamlIdentities() {}

  /**
   * The value that names the person is the NameID, or the first value of the configured attribute
   * (null when the assertion lacks it: the sign-in is then refused, saying so).
   */
  static SsoIdentity of(SamlAssertion assertion, SamlSettings settings) {
    String value;
    if (SamlSettings.NAME_ID.equals(settings.matchFrom())) {
      value = assertion.nameId();
    } else {
      List<String> values = assertion.attributes().getOrDefault(settings.matchFrom(), List.of());
      value = values.isEmpty() ? null : values.get(0);
    }
    Map<String, List<String>> received = new LinkedHashMap<>();
    if (assertion.nameId() != null) {
      received.put(SamlSettings.NAME_ID, List.of(assertion.nameId()));
    }
    if (assertion.nameIdFormat() != null) {
      received.put("NameID Format", List.of(assertion.nameIdFormat()));
    }
    received.putAll(assertion.attributes());
    return new SsoIdentity(
        PROTOCOL, assertion.issuer(), value, settings.matchAttribute(), Map.copyOf(received));
  }
}
