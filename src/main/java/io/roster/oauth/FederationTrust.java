package io.roster.oauth;

/**
 * What a federated credential trusts: assertions from {@code issuer} about {@code subject} for
 * {@code audience}, signed by a key of the JWKS at {@code jwksUrl} or of the pasted {@code jwks}.
 */
public record FederationTrust(
    String name, String issuer, String subject, String audience, String jwksUrl, String jwks) {}
