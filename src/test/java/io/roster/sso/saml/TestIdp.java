package io.roster.sso.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A pretend identity provider for unit tests: a fresh RSA key and self-signed certificate (made by
 * the JDK's keytool), and SAML responses signed with Apache Santuario, as an IdP would.
 */
final class TestIdp {
  static final String ISSUER = "https://idp.example.test/saml";
  static final String SP = "https://roster.example.test/sso/saml/metadata";
  static final String ACS = "https://roster.example.test/sso/saml/acs";

  final PrivateKey key;
  final X509Certificate certificate;

  private TestIdp(PrivateKey key, X509Certificate certificate) {
    this.key = key;
    this.certificate = certificate;
  }

  static TestIdp create() throws Exception {
    org.apache.xml.security.Init.init();
    Path dir = Files.createTempDirectory("saml-test-idp");
    Path store = dir.resolve("idp.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "idp",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-sigalg",
                "SHA256withRSA",
                "-dname",
                "CN=Test IdP",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (keytool.waitFor() != 0) {
      throw new IOException("keytool failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    Files.delete(store);
    Files.delete(dir);
    return new TestIdp(
        (PrivateKey) keys.getKey("idp", "changeit".toCharArray()),
        (X509Certificate) keys.getCertificate("idp"));
  }

  /** What a response says; tests change one field to break one check. */
  static final class Draft {
    String responseId = "_r" + System.nanoTime();
    String assertionId = "_a" + System.nanoTime();
    String inResponseTo = "_request1";
    String destination = ACS;
    String recipient = ACS;
    String audience = SP;
    String issuer = ISSUER;
    String nameId = "ada@example.test";
    Instant issued = Instant.now();
    Instant notBefore = issued.minusSeconds(5);
    Instant notOnOrAfter = issued.plusSeconds(300);
    String status = "urn:oasis:names:tc:SAML:2.0:status:Success";

    String xml() {
      String irt = inResponseTo == null ? "" : " InResponseTo=\"" + inResponseTo + "\"";
      return "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
          + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\""
          + responseId
          + "\" Version=\"2.0\" IssueInstant=\""
          + issued
          + "\" Destination=\""
          + destination
          + "\""
          + irt
          + "><saml:Issuer>"
          + issuer
          + "</saml:Issuer><samlp:Status><samlp:StatusCode Value=\""
          + status
          + "\"/></samlp:Status><saml:Assertion ID=\""
          + assertionId
          + "\" Version=\"2.0\" IssueInstant=\""
          + issued
          + "\"><saml:Issuer>"
          + issuer
          + "</saml:Issuer><saml:Subject><saml:NameID"
          + " Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">"
          + nameId
          + "</saml:NameID><saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
          + "<saml:SubjectConfirmationData"
          + irt
          + " NotOnOrAfter=\""
          + notOnOrAfter
          + "\" Recipient=\""
          + recipient
          + "\"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore=\""
          + notBefore
          + "\" NotOnOrAfter=\""
          + notOnOrAfter
          + "\"><saml:AudienceRestriction><saml:Audience>"
          + audience
          + "</saml:Audience></saml:AudienceRestriction></saml:Conditions>"
          + "<saml:AttributeStatement><saml:Attribute Name=\"email\">"
          + "<saml:AttributeValue>ada.lovelace@example.test</saml:AttributeValue>"
          + "</saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>";
    }
  }

  Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes()));
  }

  /** The draft with its assertion signed (the Signature after the assertion's Issuer). */
  String signedAssertion(Draft draft) throws Exception {
    Document document = parse(draft.xml());
    sign(assertion(document));
    return serialize(document);
  }

  /** The draft with the whole response signed and the assertion not. */
  String signedResponse(Draft draft) throws Exception {
    Document document = parse(draft.xml());
    sign(document.getDocumentElement());
    return serialize(document);
  }

  static Element assertion(Document document) {
    return (Element)
        document
            .getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Assertion")
            .item(0);
  }

  void sign(Element element) throws Exception {
    Document document = element.getOwnerDocument();
    element.setIdAttributeNS(null, "ID", true);
    XMLSignature signature =
        new XMLSignature(
            document,
            "",
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
            Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    Element issuer =
        (Element)
            element
                .getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Issuer")
                .item(0);
    element.insertBefore(signature.getElement(), issuer.getNextSibling());
    Transforms transforms = new Transforms(document);
    transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
    transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
    signature.addDocument(
        "#" + element.getAttribute("ID"),
        transforms,
        org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
    signature.addKeyInfo(certificate);
    signature.sign(key);
  }

  static String serialize(Document document) throws Exception {
    StringWriter out = new StringWriter();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(document), new StreamResult(out));
    return out.toString();
  }
}
