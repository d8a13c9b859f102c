package io.roster.sso.saml;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IdP's signing certificates as admins paste them (PEM, one or several, or the bare base64 of
 * metadata) and as they are stored (PEM).
 */
final class Certificates {
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", Pattern.DOTALL);

  private Certificates() {}

  static List<X509Certificate> parse(String text) throws SamlRefused {
    List<X509Certificate> certificates = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return certificates;
    }
    Matcher pem = PEM.matcher(text);
    boolean any = false;
    while (pem.find()) {
      any = true;
      certificates.add(decode(pem.group(1)));
    }
    if (!any) {
      certificates.add(decode(text));
    }
    return certificates;
  }

  static X509Certificate decode(String base64) throws SamlRefused {
    try {
      byte[] der = Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (IllegalArgumentException | CertificateException e) {
      throw new SamlRefused("Not an X.509 certificate (PEM or base64 expected)", e);
    }
  }

  static String pem(List<X509Certificate> certificates) {
    StringBuilder pem = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      pem.append("-----BEGIN CERTIFICATE-----\n")
          .append(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der(certificate)))
          .append("\n-----END CERTIFICATE-----\n");
    }
    return pem.toString();
  }

  /** SHA-256 fingerprints, the way IdP consoles show them, for the audit log and the page. */
  static List<String> fingerprints(List<X509Certificate> certificates) {
    List<String> fingerprints = new ArrayList<>();
    for (X509Certificate certificate : certificates) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(der(certificate));
        fingerprints.add(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return fingerprints;
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
