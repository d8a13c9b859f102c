package io.roster.sso.saml;

import static io.roster.sso.saml.SamlXml.ASSERTION;
import static io.roster.sso.saml.SamlXml.PROTOCOL;
import static io.roster.sso.saml.SamlXml.attribute;
import static io.roster.sso.saml.SamlXml.child;
import static io.roster.sso.saml.SamlXml.children;
import static io.roster.sso.saml.SamlXml.text;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every check a SAML response must pass before its assertion names anyone (SAML 2.0 Profiles,
 * 4.1.4.3 and 4.1.4.5): parsed without DOCTYPE, exactly one assertion and it a child of the
 * response, the response or the assertion signed by the IdP (signatures covering the very elements
 * read), success status, Destination and Recipient the ACS URL, issuer the IdP, audience Roster,
 * validity periods with {@link #SKEW}, InResponseTo the request this answers (or none, when
 * IdP-initiated sign-in is on), and the assertion never used before. A response that fails any of
 * them is refused with the first reason found.
 */
final class AssertionChecker {
  /** Tolerated clock difference between the IdP and Roster. */
  static final Duration SKEW = Duration.ofSeconds(90);

  private static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
  private static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

  private AssertionChecker() {}

  static SamlAssertion check(byte[] xml, SamlExpectations expected, ReplayGuard replays)
      throws SamlRefused {
    Document document = SamlXml.parse(xml);
    Element response = document.getDocumentElement();
    if (!PROTOCOL.equals(response.getNamespaceURI())
        || !"Response".equals(response.getLocalName())) {
      throw new SamlRefused("Not a SAML 2.0 Response");
    }
    if (document.getElementsByTagNameNS(ASSERTION, "EncryptedAssertion").getLength() > 0) {
      throw new SamlRefused(
          "The assertion is encrypted: Roster takes signed, unencrypted assertions (turn assertion"
              + " encryption off for this application in the identity provider)");
    }
    int assertions = document.getElementsByTagNameNS(ASSERTION, "Assertion").getLength();
    Element assertion = assertions == 1 ? child(response, ASSERTION, "Assertion") : null;
    if (assertion == null) {
      throw new SamlRefused(
          "The response must hold exactly one assertion, directly (found " + assertions + ")");
    }
    checkResponse(response, expected);
    boolean responseSigned = SignatureCheck.verify(response, expected.idpCertificates());
    boolean assertionSigned = SignatureCheck.verify(assertion, expected.idpCertificates());
    if (!responseSigned && !assertionSigned) {
      throw new SamlRefused("Neither the response nor the assertion is signed");
    }
    String issuer = text(child(assertion, ASSERTION, "Issuer"));
    if (!Objects.equals(issuer, expected.idpEntityId())) {
      throw new SamlRefused(
          "The assertion's issuer is " + issuer + ", not " + expected.idpEntityId());
    }
    Element subject = child(assertion, ASSERTION, "Subject");
    if (subject == null) {
      throw new SamlRefused("The assertion has no Subject");
    }
    Instant subjectUntil = checkBearer(subject, expected);
    Instant conditionsUntil = checkConditions(assertion, expected);
    String id = assertion.getAttribute("ID");
    Instant keepUntil =
        (conditionsUntil == null || subjectUntil.isBefore(conditionsUntil)
                ? subjectUntil
                : conditionsUntil)
            .plus(SKEW);
    if (!replays.firstUse(issuer, id, keepUntil)) {
      throw new SamlRefused("This assertion was already used (replay)");
    }
    Element nameId = child(subject, ASSERTION, "NameID");
    return new SamlAssertion(
        id,
        issuer,
        text(nameId),
        nameId == null ? null : attribute(nameId, "Format"),
        attributes(assertion));
  }

  private static void checkResponse(Element response, SamlExpectations expected)
      throws SamlRefused {
    if (!"2.0".equals(response.getAttribute("Version"))) {
      throw new SamlRefused("Not a SAML 2.0 response");
    }
    String destination = attribute(response, "Destination");
    if (destination != null && !destination.equals(expected.acsUrl())) {
      throw new SamlRefused(
          "The response's Destination is " + destination + ", not " + expected.acsUrl());
    }
    Element status = child(response, PROTOCOL, "Status");
    Element code = status == null ? null : child(status, PROTOCOL, "StatusCode");
    String value = code == null ? null : attribute(code, "Value");
    if (!SUCCESS.equals(value)) {
      throw new SamlRefused("The identity provider answered with status " + value);
    }
    Element issuer = child(response, ASSERTION, "Issuer");
    if (issuer != null && !text(issuer).equals(expected.idpEntityId())) {
      throw new SamlRefused(
          "The response's issuer is " + text(issuer) + ", not " + expected.idpEntityId());
    }
    String inResponseTo = attribute(response, "InResponseTo");
    if (inResponseTo != null && !inResponseTo.equals(expected.requestId())) {
      throw new SamlRefused(wrongInResponseTo(expected));
    }
  }

  /**
   * A bearer confirmation must be for this ACS, still valid, and answer the request (or none):
   * answers until when it is valid.
   */
  private static Instant checkBearer(Element subject, SamlExpectations expected)
      throws SamlRefused {
    SamlRefused firstReason = new SamlRefused("The assertion has no bearer SubjectConfirmation");
    for (Element confirmation : children(subject, ASSERTION, "SubjectConfirmation")) {
      if (!BEARER.equals(confirmation.getAttribute("Method"))) {
        continue;
      }
      Element data = child(confirmation, ASSERTION, "SubjectConfirmationData");
      try {
        return checkConfirmationData(data, expected);
      } catch (SamlRefused refused) {
        firstReason = refused;
      }
    }
    throw firstReason;
  }

  private static Instant checkConfirmationData(Element data, SamlExpectations expected)
      throws SamlRefused {
    if (data == null) {
      throw new SamlRefused("The bearer confirmation has no SubjectConfirmationData");
    }
    String recipient = attribute(data, "Recipient");
    if (!expected.acsUrl().equals(recipient)) {
      throw new SamlRefused("The assertion's Recipient is " + recipient + ", not the ACS URL");
    }
    Instant notBefore = time(data, "NotBefore");
    if (notBefore != null && expected.now().plus(SKEW).isBefore(notBefore)) {
      throw new SamlRefused("The assertion is not valid before " + notBefore);
    }
    Instant notOnOrAfter = time(data, "NotOnOrAfter");
    if (notOnOrAfter == null) {
      throw new SamlRefused("The bearer confirmation has no NotOnOrAfter");
    }
    if (!expected.now().isBefore(notOnOrAfter.plus(SKEW))) {
      throw new SamlRefused("The assertion expired at " + notOnOrAfter);
    }
    if (!Objects.equals(attribute(data, "InResponseTo"), expected.requestId())) {
      throw new SamlRefused(wrongInResponseTo(expected));
    }
    if (expected.requestId() == null && !expected.unsolicitedAllowed()) {
      throw new SamlRefused(
          "The response was not asked for by Roster and IdP-initiated sign-in is turned off");
    }
    return notOnOrAfter;
  }

  private static String wrongInResponseTo(SamlExpectations expected) {
    return expected.requestId() == null
        ? "The response claims to answer a sign-in request Roster does not know or that expired"
        : "The response does not answer the sign-in request Roster sent (InResponseTo)";
  }

  /** Conditions' validity period and audience: answers its end, or null when it has none. */
  private static Instant checkConditions(Element assertion, SamlExpectations expected)
      throws SamlRefused {
    Element conditions = child(assertion, ASSERTION, "Conditions");
    if (conditions == null) {
      throw new SamlRefused("The assertion has no Conditions (no audience restriction)");
    }
    Instant notBefore = time(conditions, "NotBefore");
    if (notBefore != null && expected.now().plus(SKEW).isBefore(notBefore)) {
      throw new SamlRefused("The assertion is not valid before " + notBefore);
    }
    Instant notOnOrAfter = time(conditions, "NotOnOrAfter");
    if (notOnOrAfter != null && !expected.now().isBefore(notOnOrAfter.plus(SKEW))) {
      throw new SamlRefused("The assertion expired at " + notOnOrAfter);
    }
    List<Element> restrictions = children(conditions, ASSERTION, "AudienceRestriction");
    if (restrictions.isEmpty()) {
      throw new SamlRefused("The assertion has no audience restriction");
    }
    for (Element restriction : restrictions) {
      List<String> audiences = new ArrayList<>();
      for (Element audience : children(restriction, ASSERTION, "Audience")) {
        audiences.add(text(audience));
      }
      if (!audiences.contains(expected.spEntityId())) {
        throw new SamlRefused(
            "The assertion is meant for " + audiences + ", not " + expected.spEntityId());
      }
    }
    return notOnOrAfter;
  }

  private static Map<String, List<String>> attributes(Element assertion) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (Element statement : children(assertion, ASSERTION, "AttributeStatement")) {
      for (Element attribute : children(statement, ASSERTION, "Attribute")) {
        List<String> values =
            attributes.computeIfAbsent(attribute.getAttribute("Name"), k -> new ArrayList<>());
        for (Element value : children(attribute, ASSERTION, "AttributeValue")) {
          values.add(text(value));
        }
      }
    }
    return attributes;
  }

  private static Instant time(Element element, String name) throws SamlRefused {
    String value = attribute(element, name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new SamlRefused("Not a time: " + name + "=" + value, e);
    }
  }
}
