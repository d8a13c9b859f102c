package io.roster.sso.saml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads an identity provider's metadata, bounded in time and size. */
final class MetadataFetcher {
  private static final int MAX_BYTES = 2 * 1024 * 1024;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private MetadataFetcher() {}

  static IdpMetadata fetch(String url) throws SamlRefused {
    URI uri = httpUrl(url, "metadata URL");
    try {
      HttpResponse<InputStream> response =
          CLIENT.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new SamlRefused("The metadata URL answered HTTP " + response.statusCode());
        }
        byte[] xml = body.readNBytes(MAX_BYTES + 1);
        if (xml.length > MAX_BYTES) {
          throw new SamlRefused("The metadata is larger than 2 MB");
        }
        return IdpMetadata.parse(xml);
      }
    } catch (IOException e) {
      throw new SamlRefused("The metadata URL could not be read: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SamlRefused("Interrupted while reading the metadata URL", e);
    }
  }

  static URI httpUrl(String url, String what) throws SamlRefused {
    try {
      URI uri = URI.create(url.trim());
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new SamlRefused("The " + what + " must be an http(s) URL");
  }
}
