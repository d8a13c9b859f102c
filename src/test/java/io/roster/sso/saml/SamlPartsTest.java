package io.roster.sso.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.sso.MatchAttribute;
import io.roster.sso.SsoIdentity;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pieces around the assertion checks: IdP metadata, AuthnRequests, identities, certificates.
 */
class SamlPartsTest {
  static TestIdp idp;
  static final SpEndpoints.Sp SP = new SpEndpoints.Sp(TestIdp.SP, TestIdp.ACS, TestIdp.SP);

  @BeforeAll
  static void keys() throws Exception {
    idp = TestIdp.create();
  }

  String metadata(String binding) {
    String cert =
        Certificates.pem(List.of(idp.certificate)).replaceAll("-----[A-Z ]+-----|\\s", "");
    return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
        + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\""
        + TestIdp.ISSUER
        + "\"><md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
        + "<md:KeyDescriptor use=\"encryption\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>bm90IGEgY2VydA=="
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
        + cert
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
        + " Location=\"https://idp.example.test/post\"/>"
        + "<md:SingleSignOnService Binding=\""
        + binding
        + "\" Location=\"https://idp.example.test/redirect\"/>"
        + "</md:IDPSSODescriptor></md:EntityDescriptor>";
  }

  @Test
  void idpMetadataGivesIssuerRedirectUrlAndSigningCertificates() throws Exception {
    IdpMetadata metadata = IdpMetadata.parse(metadata(IdpMetadata.REDIRECT).getBytes());
    assertEquals(TestIdp.ISSUER, metadata.entityId());
    assertEquals("https://idp.example.test/redirect", metadata.ssoUrl());
    assertEquals(List.of(idp.certificate), metadata.certificates());
  }

  @Test
  void idpMetadataWithoutTheRedirectBindingIsRefused() {
    SamlRefused refused =
        assertThrows(
            SamlRefused.class, () -> IdpMetadata.parse(metadata("urn:example:other").getBytes()));
    assertTrue(refused.getMessage().contains("HTTP-Redirect"));
  }

  @Test
  void idpMetadataWithADoctypeIsRefused() {
    String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"http://evil.test/\">]>" + metadata("x");
    assertThrows(SamlRefused.class, () -> IdpMetadata.parse(xml.getBytes()));
  }

  @Test
  void anAuthnRequestTravelsDeflatedInTheRedirect() throws Exception {
    String xml = AuthnRequests.xml("_abc", "https://idp.example.test/sso?x=1", SP, Instant.EPOCH);
    URI redirect = AuthnRequests.redirect("https://idp.example.test/sso?x=1", xml);
    assertTrue(redirect.getRawQuery().startsWith("x=1&SAMLRequest="), redirect.toString());
    String encoded = redirect.getRawQuery().substring("x=1&SAMLRequest=".length());
    byte[] deflated =
        Base64.getDecoder().decode(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    Inflater inflater = new Inflater(true);
    inflater.setInput(deflated);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    while (!inflater.finished()) {
      out.write(buffer, 0, inflater.inflate(buffer));
    }
    String inflated = out.toString(StandardCharsets.UTF_8);
    assertEquals(xml, inflated);
    assertTrue(inflated.contains("ID=\"_abc\""));
    assertTrue(inflated.contains("AssertionConsumerServiceURL=\"" + TestIdp.ACS + "\""));
    assertTrue(inflated.contains("<saml:Issuer>" + TestIdp.SP + "</saml:Issuer>"));
  }

  @Test
  void requestIdsAreUnguessableXmlIds() {
    String id = AuthnRequests.newId();
    assertTrue(id.matches("_[0-9a-f]{40}"), id);
    assertTrue(!id.equals(AuthnRequests.newId()));
  }

  SamlSettings matching(String from, MatchAttribute attribute) {
    return new SamlSettings("i", "u", "c", "", "", "", false, from, attribute);
  }

  @Test
  void thePersonIsNamedByTheNameIdOrAnAttribute() {
    SamlAssertion assertion =
        new SamlAssertion(
            "_a",
            TestIdp.ISSUER,
            "ada",
            "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
            Map.of("email", List.of("ada@example.test", "ada2@example.test")));
    SsoIdentity byNameId =
        SamlIdentities.of(assertion, matching(SamlSettings.NAME_ID, MatchAttribute.USER_NAME));
    assertEquals("ada", byNameId.matchValue());
    assertEquals("saml", byNameId.protocol());
    assertEquals(TestIdp.ISSUER, byNameId.issuer());
    assertEquals(List.of("ada"), byNameId.received().get("NameID"));
    SsoIdentity byEmail = SamlIdentities.of(assertion, matching("email", MatchAttribute.EMAIL));
    assertEquals("ada@example.test", byEmail.matchValue());
    assertEquals(MatchAttribute.EMAIL, byEmail.matchAttribute());
    assertNull(
        SamlIdentities.of(assertion, matching("upn", MatchAttribute.USER_NAME)).matchValue());
  }

  @Test
  void certificatesAreReadAsPemOrBareBase64AndRefusedOtherwise() throws Exception {
    String pem = Certificates.pem(List.of(idp.certificate));
    assertEquals(List.of(idp.certificate), Certificates.parse(pem));
    String bare = pem.replaceAll("-----[A-Z ]+-----", "");
    assertEquals(List.of(idp.certificate), Certificates.parse(bare));
    assertEquals(List.of(idp.certificate, idp.certificate), Certificates.parse(pem + pem));
    assertThrows(SamlRefused.class, () -> Certificates.parse("not a certificate"));
    assertTrue(
        Certificates.fingerprints(List.of(idp.certificate))
            .get(0)
            .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
  }

  @Test
  void spMetadataNamesTheEntityAndThePostAcs() {
    String xml = SpMetadata.xml(SP);
    assertTrue(xml.contains("entityID=\"" + TestIdp.SP + "\""));
    assertTrue(xml.contains("WantAssertionsSigned=\"true\""));
    assertTrue(
        xml.contains(
            "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\""
                + TestIdp.ACS
                + "\""));
  }
}
