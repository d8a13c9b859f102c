/**
 * OpenID Connect sign-in with Roster as the relying party: its settings ({@code sso.oidc.*}, the
 * client secret sealed by {@link io.roster.sso.SecretBox}), discovery and JWKS ({@link
 * io.roster.sso.oidc.OidcProvider}), the authorization code flow with state, nonce and PKCE kept in
 * a signed cookie so any node can finish what another started ({@link
 * io.roster.sso.oidc.OidcFlow}), and its endpoints under {@code /sso/oidc} and {@code
 * /api/admin/sso/oidc}. Ends in {@link io.roster.sso.SsoSignIn}, as SAML does.
 */
package io.roster.sso.oidc;
