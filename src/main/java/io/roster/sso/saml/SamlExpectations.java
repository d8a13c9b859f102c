package io.roster.sso.saml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What a response must say to be accepted.
 *
 * @param spEntityId Roster's entity ID: the one audience accepted
 * @param acsUrl the assertion consumer service URL: the Destination and Recipient accepted
 * @param idpEntityId the IdP's issuer
 * @param idpCertificates the IdP's signing certificates (several during a key rollover)
 * @param requestId the ID of the AuthnRequest this answers, or null for an unsolicited response
 * @param unsolicitedAllowed whether IdP-initiated sign-in (no InResponseTo) is accepted
 * @param now the time to check validity periods against
 */
record SamlExpectations(
    String spEntityId,
    String acsUrl,
    String idpEntityId,
    List<X509Certificate> idpCertificates,
    String requestId,
    boolean unsolicitedAllowed,
    Instant now) {}
