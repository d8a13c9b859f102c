package io.roster.sso.saml;

import io.roster.sso.MatchAttribute;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SAML settings as stored (keys {@code sso.saml.*} of the {@code setting} table).
 *
 * @param idpEntityId the IdP's issuer
 * @param idpSsoUrl where AuthnRequests go (HTTP-Redirect binding)
 * @param idpCertificates the IdP's signing certificates, PEM
 * @param idpMetadataUrl the metadata URL Roster refreshes the three above from, or empty
 * @param idpMetadataRefreshedAt when it last did, or empty
 * @param idpMetadataError why the last refresh failed, or empty
 * @param idpInitiated whether unsolicited responses (the IdP's dashboard tile) are accepted
 * @param matchFrom {@link #NAME_ID} or the name of the attribute that names the person
 * @param matchAttribute the SCIM attribute that value is matched against
 */
public record SamlSettings(
    String idpEntityId,
    String idpSsoUrl,
    String idpCertificates,
    String idpMetadataUrl,
    String idpMetadataRefreshedAt,
    String idpMetadataError,
    boolean idpInitiated,
    String matchFrom,
    MatchAttribute matchAttribute) {
  public static final String NAME_ID = "NameID";

  /** Whether sign-in can start: the IdP's three fields are all there. */
  public boolean ready() {
    return !idpEntityId.isBlank() && !idpSsoUrl.isBlank() && !idpCertificates.isBlank();
  }

  /** The match attribute of that SCIM name ({@code userName}, {@code emails.value}...), if any. */
  static Optional<MatchAttribute> matchAttribute(String scimName) {
    return Arrays.stream(MatchAttribute.values())
        .filter(a -> a.scimName().equals(scimName))
        .findFirst();
  }

  List<X509Certificate> certificates() throws SamlRefused {
    return Certificates.parse(idpCertificates);
  }

  public List<String> certificateFingerprints() {
    try {
      return Certificates.fingerprints(certificates());
    } catch (SamlRefused e) {
      return List.of();
    }
  }
}
