package io.roster.sso.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AssertionCheckerTest {
  static TestIdp idp;
  static TestIdp other;

  /** Remembers in memory what the real guard keeps in PostgreSQL (SamlIT replays across it). */
  final Set<String> seen = new HashSet<>();

  final ReplayGuard replays = (issuer, id, until) -> seen.add(issuer + " " + id);
  TestIdp.Draft draft;

  @BeforeAll
  static void keys() throws Exception {
    idp = TestIdp.create();
    other = TestIdp.create();
  }

  @BeforeEach
  void newDraft() {
    draft = new TestIdp.Draft();
  }

  SamlExpectations expect(String requestId, boolean unsolicited) {
    return new SamlExpectations(
        TestIdp.SP,
        TestIdp.ACS,
        TestIdp.ISSUER,
        List.of(idp.certificate),
        requestId,
        unsolicited,
        Instant.now());
  }

  SamlAssertion check(String xml) throws SamlRefused {
    return check(xml, expect("_request1", false));
  }

  SamlAssertion check(String xml, SamlExpectations expectations) throws SamlRefused {
    return AssertionChecker.check(xml.getBytes(StandardCharsets.UTF_8), expectations, replays);
  }

  String refusal(String xml) {
    return refusal(xml, expect("_request1", false));
  }

  String refusal(String xml, SamlExpectations expectations) {
    return assertThrows(SamlRefused.class, () -> check(xml, expectations)).getMessage();
  }

  @Test
  void aSignedAssertionNamesThePerson() throws Exception {
    SamlAssertion assertion = check(idp.signedAssertion(draft));
    assertEquals("ada@example.test", assertion.nameId());
    assertEquals(TestIdp.ISSUER, assertion.issuer());
    assertEquals(draft.assertionId, assertion.id());
    assertEquals(Map.of("email", List.of("ada.lovelace@example.test")), assertion.attributes());
  }

  @Test
  void aSignedResponseCoversItsAssertion() throws Exception {
    assertEquals("ada@example.test", check(idp.signedResponse(draft)).nameId());
  }

  @Test
  void unsignedIsRefused() {
    assertEquals("Neither the response nor the assertion is signed", refusal(draft.xml()));
  }

  @Test
  void tamperedIsRefused() throws Exception {
    String tampered = idp.signedAssertion(draft).replace("ada@example.test", "admin@example.test");
    assertTrue(refusal(tampered).contains("does not verify"), refusal(tampered));
  }

  @Test
  void anotherKeyIsRefused() throws Exception {
    String xml = other.signedAssertion(draft);
    assertTrue(refusal(xml).contains("does not verify"), refusal(xml));
  }

  @Test
  void expiredIsRefused() throws Exception {
    draft.notBefore = Instant.now().minusSeconds(900);
    draft.notOnOrAfter = Instant.now().minusSeconds(AssertionChecker.SKEW.toSeconds() + 5);
    assertTrue(refusal(idp.signedAssertion(draft)).startsWith("The assertion expired at"));
  }

  @Test
  void withinTheSkewIsAccepted() throws Exception {
    draft.notOnOrAfter = Instant.now().minusSeconds(AssertionChecker.SKEW.toSeconds() - 30);
    assertEquals("ada@example.test", check(idp.signedAssertion(draft)).nameId());
  }

  @Test
  void notYetValidIsRefused() throws Exception {
    draft.notBefore = Instant.now().plusSeconds(AssertionChecker.SKEW.toSeconds() + 60);
    assertTrue(refusal(idp.signedAssertion(draft)).startsWith("The assertion is not valid before"));
  }

  @Test
  void wrongAudienceIsRefused() throws Exception {
    draft.audience = "https://another-app.example.test";
    assertEquals(
        "The assertion is meant for [https://another-app.example.test], not " + TestIdp.SP,
        refusal(idp.signedAssertion(draft)));
  }

  @Test
  void wrongRecipientAndDestinationAreRefused() throws Exception {
    draft.recipient = "https://evil.example.test/acs";
    assertTrue(refusal(idp.signedAssertion(draft)).startsWith("The assertion's Recipient is"));
    newDraft();
    draft.destination = "https://evil.example.test/acs";
    assertTrue(refusal(idp.signedAssertion(draft)).startsWith("The response's Destination is"));
  }

  @Test
  void anotherIssuerIsRefused() throws Exception {
    draft.issuer = "https://other-idp.example.test";
    assertTrue(refusal(idp.signedAssertion(draft)).contains("issuer is https://other-idp"));
  }

  @Test
  void aFailedStatusIsRefused() throws Exception {
    draft.status = "urn:oasis:names:tc:SAML:2.0:status:Requester";
    assertTrue(refusal(idp.signedResponse(draft)).contains("status:Requester"));
  }

  @Test
  void replayedIsRefused() throws Exception {
    String xml = idp.signedAssertion(draft);
    check(xml);
    assertEquals("This assertion was already used (replay)", refusal(xml));
  }

  @Test
  void aRefusedAssertionIsNotRemembered() throws Exception {
    draft.audience = "https://another-app.example.test";
    refusal(idp.signedAssertion(draft));
    assertEquals(Set.of(), seen);
  }

  @Test
  void wrongInResponseToIsRefused() throws Exception {
    String xml = idp.signedAssertion(draft);
    assertEquals(
        "The response does not answer the sign-in request Roster sent (InResponseTo)",
        refusal(xml, expect("_another-request", false)));
    assertTrue(refusal(xml, expect(null, true)).contains("does not know"));
  }

  @Test
  void unsolicitedOnlyWhenIdpInitiatedIsOn() throws Exception {
    draft.inResponseTo = null;
    String xml = idp.signedAssertion(draft);
    assertTrue(refusal(xml, expect(null, false)).contains("IdP-initiated sign-in is turned off"));
    assertEquals("ada@example.test", check(xml, expect(null, true)).nameId());
  }

  @Test
  void anAnswerToARequestMustSaySo() throws Exception {
    draft.inResponseTo = null;
    assertTrue(refusal(idp.signedAssertion(draft)).contains("does not answer the sign-in request"));
  }

  @Test
  void aDoctypeIsRefused() throws Exception {
    String signed = idp.signedAssertion(draft);
    String withEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + signed.substring(signed.indexOf("<samlp:Response"));
    assertTrue(refusal(withEntity).startsWith("The XML was refused"), refusal(withEntity));
    assertTrue(refusal(withEntity).contains("DOCTYPE"), refusal(withEntity));
  }

  @Test
  void aSignatureMovedToAnotherAssertionIsRefused() throws Exception {
    Document document = idp.parse(idp.signedAssertion(draft));
    Element assertion = TestIdp.assertion(document);
    assertion.setAttribute("ID", "_evil");
    String xml = TestIdp.serialize(document).replace("ada@example.test", "admin@example.test");
    assertEquals(
        "The signature in the Assertion covers another element (signature wrapping)", refusal(xml));
  }

  @Test
  void aSecondAssertionBesideTheSignedOneIsRefused() throws Exception {
    Document document = idp.parse(idp.signedAssertion(draft));
    Element signed = TestIdp.assertion(document);
    Element evil = (Element) signed.cloneNode(true);
    evil.setAttribute("ID", "_evil");
    signed.getParentNode().insertBefore(evil, signed);
    assertTrue(refusal(TestIdp.serialize(document)).contains("exactly one assertion"));
  }

  @Test
  void aSignedAssertionHiddenInsideAnUnsignedResponseElementIsRefused() throws Exception {
    Document document = idp.parse(idp.signedAssertion(draft));
    Element signed = TestIdp.assertion(document);
    Element status =
        (Element)
            document
                .getDocumentElement()
                .getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:protocol", "Status")
                .item(0);
    status.appendChild(signed);
    assertTrue(refusal(TestIdp.serialize(document)).contains("exactly one assertion"));
  }

  @Test
  void anyOfSeveralCertificatesVerifies() throws Exception {
    List<X509Certificate> rollover = List.of(other.certificate, idp.certificate);
    SamlExpectations expectations =
        new SamlExpectations(
            TestIdp.SP, TestIdp.ACS, TestIdp.ISSUER, rollover, "_request1", false, Instant.now());
    assertEquals("ada@example.test", check(idp.signedAssertion(draft), expectations).nameId());
  }
}
