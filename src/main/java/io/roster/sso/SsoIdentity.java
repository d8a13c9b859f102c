package io.roster.sso;

import java.util.List;
import java.util.Map;

/**
 * What an identity provider said about the person signing in, after the protocol's own checks
 * (signature, audience, time, replay) passed.
 *
 * @param protocol "saml" or "oidc"
 * @param issuer the IdP's issuer / entity id
 * @param matchValue the value that names the person (NameID, an attribute, or a claim)
 * @param matchAttribute the SCIM attribute it is matched against
 * @param received everything received, for Test sign-in's display (never secrets)
 */
public record SsoIdentity(
    String protocol,
    String issuer,
    String matchValue,
    MatchAttribute matchAttribute,
    Map<String, List<String>> received) {}
