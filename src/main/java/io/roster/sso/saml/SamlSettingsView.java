package io.roster.sso.saml;

import java.util.List;

/**
 * The SAML settings as the admin API and the console page show them: Roster's addresses to give the
 * IdP, and the IdP set (its certificate in full, since it is public, and by fingerprint).
 */
public record SamlSettingsView(
    String spEntityId,
    String acsUrl,
    String spMetadataUrl,
    String idpEntityId,
    String idpSsoUrl,
    String idpCertificate,
    List<String> idpCertificateFingerprints,
    String idpMetadataUrl,
    String idpMetadataRefreshedAt,
    String idpMetadataError,
    boolean idpInitiated,
    String matchFrom,
    String matchAttribute,
    boolean ready) {
  public static SamlSettingsView of(SamlSettings s, SpEndpoints.Sp sp) {
    return new SamlSettingsView(
        sp.entityId(),
        sp.acsUrl(),
        sp.metadataUrl(),
        s.idpEntityId(),
        s.idpSsoUrl(),
        s.idpCertificates(),
        s.certificateFingerprints(),
        s.idpMetadataUrl(),
        s.idpMetadataRefreshedAt(),
        s.idpMetadataError(),
        s.idpInitiated(),
        s.matchFrom(),
        s.matchAttribute().scimName(),
        s.ready());
  }
}
