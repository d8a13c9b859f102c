package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScimEndpointTest {
  static ScimEndpoint endpoint(String publicUrl) {
    ScimEndpoint endpoint = new ScimEndpoint();
    endpoint.publicUrl = Optional.ofNullable(publicUrl);
    return endpoint;
  }

  @Test
  void usesTheConfiguredPublicUrl() {
    URI request = URI.create("http://10.0.0.7:9080/api/");
    assertEquals(
        "https://roster.example.com/scim", endpoint("https://roster.example.com/").url(request));
    assertEquals(
        "https://example.com/roster/scim", endpoint("https://example.com/roster").url(request));
  }

  @Test
  void derivesItFromTheRequestOtherwise() {
    assertEquals(
        "http://localhost:9080/scim", endpoint(null).url(URI.create("http://localhost:9080/api/")));
  }
}
