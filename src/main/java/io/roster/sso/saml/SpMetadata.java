package io.roster.sso.saml;

import static io.roster.sso.saml.SamlXml.escape;

/**
 * Roster's SP metadata, for IdPs that import it (Entra's "Upload metadata file", Keycloak): signed
 * assertions wanted, the ACS on the HTTP-POST binding, AuthnRequests unsigned.
 */
final class SpMetadata {
  private SpMetadata() {}

  static String xml(SpEndpoints.Sp sp) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\""
        + escape(sp.entityId())
        + "\">\n"
        + "  <md:SPSSODescriptor AuthnRequestsSigned=\"false\" WantAssertionsSigned=\"true\""
        + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
        + "    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
        + "</md:NameIDFormat>\n"
        + "    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
        + "</md:NameIDFormat>\n"
        + "    <md:AssertionConsumerService"
        + " Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\""
        + escape(sp.acsUrl())
        + "\" index=\"0\" isDefault=\"true\"/>\n"
        + "  </md:SPSSODescriptor>\n"
        + "</md:EntityDescriptor>\n";
  }
}
