/**
 * Single sign-on for people SCIM provisioned: the end every protocol shares ({@link
 * io.roster.sso.SsoSignIn}: match, audit, console session or refusal), the common settings (Enable
 * SSO, Require SSO, default access) and OpenID Connect, with Roster as the relying party. SAML
 * lives in {@code io.roster.sso.saml}.
 */
package io.roster.sso;
