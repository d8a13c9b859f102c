package io.roster.sso.saml;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Verifies the enveloped XML signature of one SAML element with Apache Santuario (secure validation
 * on), against the IdP's configured certificates only (a KeyInfo in the message is ignored).
 * Against signature wrapping, the one reference must point at the very element the caller goes on
 * to read, by an ID that occurs once in the whole document, with only the transforms SAML uses.
 */
final class SignatureCheck {
  static {
    Init.init();
  }

  private static final Set<String> SIGNATURE_METHODS =
      Set.of(
          XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
          XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA384,
          XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA512,
          XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256,
          XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA384,
          XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA512);
  private static final Set<String> DIGESTS =
      Set.of(
          MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256,
          MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA384,
          MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA512);
  private static final Set<String> TRANSFORMS =
      Set.of(
          Transforms.TRANSFORM_ENVELOPED_SIGNATURE,
          Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS,
          Transforms.TRANSFORM_C14N_EXCL_WITH_COMMENTS);

  private SignatureCheck() {}

  /**
   * Whether {@code element} carries a signature of its own; if it does, that signature must verify
   * with one of {@code certificates} and cover exactly this element, or the message is refused.
   */
  static boolean verify(Element element, List<X509Certificate> certificates) throws SamlRefused {
    Element signatureElement = SamlXml.child(element, SamlXml.DSIG, "Signature");
    if (signatureElement == null) {
      return false;
    }
    String name = element.getLocalName();
    String id = element.getAttribute("ID");
    if (id.isEmpty()) {
      throw new SamlRefused("The signed " + name + " has no ID");
    }
    if (occurrences(element.getOwnerDocument(), id) != 1) {
      throw new SamlRefused(
          "The ID of the signed " + name + " occurs more than once (signature wrapping)");
    }
    element.setIdAttributeNS(null, "ID", true);
    try {
      XMLSignature signature = new XMLSignature(signatureElement, "", true);
      SignedInfo info = signature.getSignedInfo();
      if (!SIGNATURE_METHODS.contains(info.getSignatureMethodURI())) {
        throw new SamlRefused(
            "The " + name + " is signed with " + info.getSignatureMethodURI() + " (not accepted)");
      }
      if (info.getLength() != 1) {
        throw new SamlRefused("The signature of the " + name + " must have exactly one reference");
      }
      checkReference(info.item(0), id, name);
      if (certificates.isEmpty()) {
        throw new SamlRefused("No signing certificate of the identity provider is configured");
      }
      for (X509Certificate certificate : certificates) {
        if (signature.checkSignatureValue(certificate)) {
          return true;
        }
      }
      throw new SamlRefused(
          "The signature of the "
              + name
              + " does not verify with the identity provider's"
              + " certificate (altered, or signed with another key)");
    } catch (XMLSecurityException e) {
      throw new SamlRefused("The signature of the " + name + " is invalid: " + e.getMessage(), e);
    }
  }

  private static void checkReference(Reference reference, String id, String name)
      throws SamlRefused, XMLSecurityException {
    if (!("#" + id).equals(reference.getURI())) {
      throw new SamlRefused(
          "The signature in the " + name + " covers another element (signature wrapping)");
    }
    String digest = reference.getMessageDigestAlgorithm().getAlgorithmURI();
    if (!DIGESTS.contains(digest)) {
      throw new SamlRefused("The " + name + " is digested with " + digest + " (not accepted)");
    }
    Transforms transforms = reference.getTransforms();
    for (int i = 0; transforms != null && i < transforms.getLength(); i++) {
      String transform = transforms.item(i).getURI();
      if (!TRANSFORMS.contains(transform)) {
        throw new SamlRefused("The signature of the " + name + " uses transform " + transform);
      }
    }
  }

  /** How many attributes named ID, Id or id anywhere in the document have this value. */
  private static int occurrences(Document document, String id) {
    int count = 0;
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        Attr attribute = (Attr) attributes.item(j);
        if (attribute.getLocalName() != null
            && attribute.getLocalName().equalsIgnoreCase("id")
            && id.equals(attribute.getValue())) {
          count++;
        }
      }
    }
    return count;
  }
}
