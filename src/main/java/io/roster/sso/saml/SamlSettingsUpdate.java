package io.roster.sso.saml;

/**
 * A change of the SAML settings, from the admin API or the console page; a null field keeps its
 * value. The IdP is given by its metadata (pasted or uploaded XML, or a URL Roster fetches now and
 * refreshes later) or by its three fields; metadata wins over the fields.
 *
 * @param idpMetadataXml the IdP's metadata XML
 * @param idpMetadataUrl the IdP's metadata URL; empty stops refreshing
 * @param idpEntityId the IdP's issuer
 * @param idpSsoUrl the IdP's single sign-on URL (HTTP-Redirect)
 * @param idpCertificate the IdP's signing certificate(s), PEM or base64
 * @param idpInitiated whether IdP-initiated sign-in is accepted
 * @param matchFrom {@code NameID} or an attribute name
 * @param matchAttribute {@code userName}, {@code emails.value} or {@code externalId}
 */
public record SamlSettingsUpdate(
    String idpMetadataXml,
    String idpMetadataUrl,
    String idpEntityId,
    String idpSsoUrl,
    String idpCertificate,
    Boolean idpInitiated,
    String matchFrom,
    String matchAttribute) {}
