package io.roster.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenRequestTest {
  static TokenRequest request(String form, String authorization) {
    return new TokenRequest(TokenResource.form(form), authorization, "127.0.0.1");
  }

  static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicCredentialsAreUrlDecoded() {
    TokenRequest.ClientCredentials c =
        request("grant_type=client_credentials", basic("my%3Aclient:s%2Bcret%25"))
            .clientCredentials();
    assertEquals("client_secret_basic", c.method());
    assertEquals("my:client", c.clientId());
    assertEquals("s+cret%", c.secret());
  }

  @Test
  void postedSecretsAndAssertionsAreRead() {
    TokenRequest.ClientCredentials post =
        request("client_id=abc&client_secret=a%2Bb", null).clientCredentials();
    assertEquals("client_secret_post", post.method());
    assertEquals("a+b", post.secret());
    TokenRequest.ClientCredentials jwt =
        request(
                "client_assertion_type="
                    + ClientAssertions.TYPE.replace(":", "%3A")
                    + "&client_assertion=x.y.z",
                null)
            .clientCredentials();
    assertEquals("x.y.z", jwt.assertion());
    assertNull(jwt.clientId());
  }

  @Test
  void malformedRequestsAreInvalidRequests() {
    for (TokenRequest bad :
        new TokenRequest[] {
          request("client_id=a&client_secret=b", basic("a:b")),
          request("client_secret=b", null),
          request("client_id=a&client_id=a&client_secret=b", null),
          request("client_assertion=x.y.z", null),
          request("client_assertion_type=other&client_assertion=x.y.z", null),
          request("client_id=a&client_secret=b&client_assertion=x.y.z", null),
          request("client_id=other", basic("a:b"))
        }) {
      OAuthError e = assertThrows(OAuthError.class, bad::clientCredentials);
      assertEquals("invalid_request", e.error(), bad.form().toString());
    }
  }

  @Test
  void missingOrUnreadableCredentialsAreInvalidClient() {
    for (TokenRequest bad :
        new TokenRequest[] {
          request("grant_type=client_credentials", null),
          request("", basic("no-colon")),
          request("", "Basic !!!")
        }) {
      OAuthError e = assertThrows(OAuthError.class, bad::clientCredentials);
      assertEquals("invalid_client", e.error());
      assertEquals(401, e.status());
    }
  }
}
