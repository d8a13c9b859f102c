/**
 * OAuth 2.0 for the SCIM endpoint, as Microsoft Entra's app gallery requires: clients with expiring
 * secrets or federated credentials (RFC 7523 client assertions), the token endpoint
 * (client_credentials), RFC 8414 metadata, and the short-lived access tokens that {@code /scim}
 * accepts beside {@code rst_} tokens. Every secret and token is stored as SHA-256 only, and every
 * check reads PostgreSQL, so a revocation applies on the next request on every node.
 */
package io.roster.oauth;
