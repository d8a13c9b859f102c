package io.roster.oauth;

/** An access token as RFC 6749 §5.1 answers it; the value exists only in this answer. */
public record IssuedAccessToken(String value, long expiresInSeconds, String scope) {}
