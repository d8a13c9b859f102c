package io.roster.sso.saml;

import static io.roster.sso.saml.SamlXml.escape;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** SP-initiated sign-in: an AuthnRequest sent by the HTTP-Redirect binding (SAML Bindings 3.4). */
final class AuthnRequests {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AuthnRequests() {}

  /** A new request ID: unguessable, and an XML ID (so it starts with a letter or underscore). */
  static String newId() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return "_" + HexFormat.of().formatHex(bytes);
  }

  static String xml(String id, String ssoUrl, SpEndpoints.Sp sp, Instant now) {
    return "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
        + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\""
        + id
        + "\" Version=\"2.0\" IssueInstant=\""
        + now.truncatedTo(ChronoUnit.SECONDS)
        + "\" Destination=\""
        + escape(ssoUrl)
        + "\" AssertionConsumerServiceURL=\""
        + escape(sp.acsUrl())
        + "\" ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\">"
        + "<saml:Issuer>"
        + escape(sp.entityId())
        + "</saml:Issuer></samlp:AuthnRequest>";
  }

  /** The IdP's SSO URL with the request DEFLATEd, base64-encoded and URL-encoded. */
  static URI redirect(String ssoUrl, String requestXml) {
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out =
        new DeflaterOutputStream(deflated, new Deflater(Deflater.DEFLATED, true))) {
      out.write(requestXml.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    String encoded =
        URLEncoder.encode(
            Base64.getEncoder().encodeToString(deflated.toByteArray()), StandardCharsets.UTF_8);
    return URI.create(ssoUrl + (ssoUrl.contains("?") ? "&" : "?") + "SAMLRequest=" + encoded);
  }
}
