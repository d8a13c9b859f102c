/**
 * Roster as a SAML 2.0 service provider: SP metadata, SP-initiated sign-in (AuthnRequest by the
 * HTTP-Redirect binding), the assertion consumer service (HTTP-POST binding, IdP-initiated too),
 * the IdP's settings (kept in the {@code setting} table under {@code sso.saml.}) and its metadata
 * refresh. XML signatures are checked by Apache Santuario; everything after the checks is handed to
 * {@code io.roster.sso.SsoSignIn}, common to every protocol.
 */
package io.roster.sso.saml;
