package io.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.operations.ConsoleClient;
import io.roster.testing.AdminApi;
import io.roster.testing.RosterDeployment;
import java.io.InputStream;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Liberty's HTTPS port with the keystore an operator configures: the test server is given
 * src/test/tls/roster-test.p12 through {@code roster.tls.keystore} (src/test/liberty), exactly as
 * {@code ROSTER_TLS_KEYSTORE} would; the client trusts that certificate and nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpsIT {
  static final String HTTPS =
      "https://localhost:" + System.getProperty("roster.test.https.port", "9543");
  static final Path KEYSTORE = Path.of("src/test/tls/roster-test.p12");
  static final char[] PASSWORD = "roster-test-tls".toCharArray();
  static final String SIGN_IN_COOKIE = "roster_console";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  private static Certificate configuredCertificate() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(KEYSTORE)) {
      keys.load(in, PASSWORD);
    }
    return keys.getCertificate("roster-test");
  }

  /** A client that trusts only {@code certificate} (and checks the host name, localhost). */
  private static HttpClient trusting(Certificate certificate) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(tls(certificate))
        .build();
  }

  private static SSLContext tls(Certificate certificate) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("roster", certificate);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, factory.getTrustManagers(), null);
    return tls;
  }

  @Test
  void theHttpsPortServesTheConfiguredCertificateAndHsts() throws Exception {
    Certificate configured = configuredCertificate();
    HttpResponse<String> login =
        trusting(configured)
            .send(
                HttpRequest.newBuilder(URI.create(HTTPS + "/console/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode());
    assertEquals(configured, login.sslSession().orElseThrow().getPeerCertificates()[0]);
    assertEquals(
        SecurityHeaders.HSTS, login.headers().firstValue("Strict-Transport-Security").orElse(""));

    HttpResponse<String> health =
        trusting(configured)
            .send(
                HttpRequest.newBuilder(URI.create(HTTPS + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode(), "Liberty's own endpoints answer over HTTPS too");
  }

  @Test
  void theConsoleCookieIsSecureOverHttpsOnly() throws Exception {
    ConsoleClient overHttps = new ConsoleClient(tls(configuredCertificate()));
    assertTrue(overHttps.signIn(HTTPS, AdminApi.USER, AdminApi.PASSWORD));
    ConsoleClient overHttp = new ConsoleClient();
    assertTrue(overHttp.signIn(AdminApi.BASE, AdminApi.USER, AdminApi.PASSWORD));

    HttpCookie secure = signInCookie(overHttps);
    assertTrue(secure.getSecure(), secure.toString());
    assertTrue(secure.isHttpOnly());
    assertFalse(signInCookie(overHttp).getSecure(), "plain HTTP, no proxy saying https");
  }

  private static HttpCookie signInCookie(ConsoleClient browser) {
    List<HttpCookie> cookies = browser.cookies();
    return cookies.stream()
        .filter(c -> c.getName().equals(SIGN_IN_COOKIE))
        .findFirst()
        .orElseThrow(() -> new AssertionError(cookies.toString()));
  }
}
