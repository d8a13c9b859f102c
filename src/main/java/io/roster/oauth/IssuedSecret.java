package io.roster.oauth;

/** A new client secret with its value: the only moment the value exists outside the client. */
public record IssuedSecret(SecretView secret, String value) {}
