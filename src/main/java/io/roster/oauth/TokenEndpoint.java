package io.roster.oauth;

import io.roster.audit.Actor;
import io.roster.audit.AuditRecord;
import io.roster.audit.CurrentActor;
import io.roster.audit.SampledAudit;
import io.roster.events.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.UUID;

/**
 * The client credentials grant (RFC 6749 §4.4) with client secrets or client assertions (RFC 7523).
 * Deliberately outside a transaction: a refusal is audited (sampled, like refused SCIM requests)
 * after the failed authentication rolled back, and counts towards the throttle of the client and of
 * the caller's address.
 */
@ApplicationScoped
public class TokenEndpoint {
  static final String GRANT_TYPE = "client_credentials";

  @Inject ClientAuthenticator authenticator;
  @Inject AccessTokens accessTokens;
  @Inject FailureThrottle throttle;
  @Inject CurrentActor currentActor;
  @Inject SampledAudit refusals;

  /**
   * @throws OAuthError the RFC 6749 §5.2 error to answer
   */
  IssuedAccessToken exchange(TokenRequest request) {
    try {
      return issue(request);
    } catch (OAuthError e) {
      refusals.record(
          "oauth.token." + e.error(),
          Actor.ANONYMOUS,
          new AuditRecord(
              Action.OAUTH_TOKEN_REJECTED,
              "Endpoint",
              null,
              "/oauth/token",
              AuditRecord.REJECTED,
              e.status()
                  + " "
                  + e.error()
                  + ": "
                  + e.auditReason()
                  + " (from "
                  + request.callerAddress()
                  + ")"));
      throw e;
    }
  }

  private IssuedAccessToken issue(TokenRequest request) {
    String grantType =
        request
            .parameter("grant_type")
            .orElseThrow(() -> OAuthError.invalidRequest("grant_type is required"));
    if (!GRANT_TYPE.equals(grantType)) {
      throw OAuthError.unsupportedGrantType();
    }
    request.parameter("scope").ifPresent(TokenEndpoint::checkScope);
    TokenRequest.ClientCredentials credentials = request.clientCredentials();
    String[] keys = throttleKeys(credentials, request);
    long now = System.nanoTime();
    long wait = throttle.secondsToWait(now, keys);
    if (wait > 0) {
      throw OAuthError.throttled(wait);
    }
    AuthenticatedClient client;
    try {
      client = authenticate(credentials);
    } catch (OAuthError e) {
      throttle.failed(now, keys);
      throw e;
    }
    throttle.succeeded(keys);
    currentActor.set(
        new Actor(
            ScimAccessTokens.ACTOR_TYPE, client.client().id().toString(), client.client().name()));
    return accessTokens.issue(client);
  }

  private AuthenticatedClient authenticate(TokenRequest.ClientCredentials credentials) {
    UUID clientId = null;
    if (credentials.clientId() != null) {
      try {
        clientId = UUID.fromString(credentials.clientId());
      } catch (IllegalArgumentException e) {
        throw OAuthError.invalidClient("unknown client");
      }
    }
    if (credentials.assertion() != null) {
      return authenticator.byAssertion(clientId, credentials.assertion());
    }
    return authenticator.bySecret(clientId, credentials.secret(), credentials.method());
  }

  private static String[] throttleKeys(
      TokenRequest.ClientCredentials credentials, TokenRequest request) {
    String address = FailureThrottle.ADDRESS + request.callerAddress();
    return credentials.clientId() == null
        ? new String[] {address}
        : new String[] {address, FailureThrottle.CLIENT + credentials.clientId()};
  }

  /** Space-separated scopes (RFC 6749 §3.3); "scim" is the only one. */
  private static void checkScope(String scope) {
    if (!Arrays.stream(scope.split(" ")).allMatch(AccessTokens.SCOPE::equals)) {
      throw OAuthError.invalidScope();
    }
  }
}
