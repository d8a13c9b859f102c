package io.roster.oauth;

import java.util.UUID;

/** A client the token endpoint authenticated, and with which secret or federated credential. */
record AuthenticatedClient(OAuthClient client, UUID secretId, UUID credentialId, String method) {}
