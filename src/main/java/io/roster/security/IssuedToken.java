package io.roster.security;

/** A newly created token with its secret: the only moment the secret exists outside the client. */
public record IssuedToken(TokenSummary token, String secret) {}
