package io.roster.sso.saml;

import static io.roster.sso.saml.SamlXml.DSIG;
import static io.roster.sso.saml.SamlXml.METADATA;
import static io.roster.sso.saml.SamlXml.attribute;
import static io.roster.sso.saml.SamlXml.children;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The three things Roster needs from an identity provider's SAML metadata: its entity ID, its
 * single sign-on URL for the HTTP-Redirect binding, and its signing certificates.
 */
record IdpMetadata(String entityId, String ssoUrl, List<X509Certificate> certificates) {
  static final String REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

  static IdpMetadata parse(byte[] xml) throws SamlRefused {
    NodeList entities = SamlXml.parse(xml).getElementsByTagNameNS(METADATA, "EntityDescriptor");
    for (int i = 0; i < entities.getLength(); i++) {
      Element entity = (Element) entities.item(i);
      for (Element idp : children(entity, METADATA, "IDPSSODescriptor")) {
        return new IdpMetadata(entity.getAttribute("entityID"), ssoUrl(idp), certificates(idp));
      }
    }
    throw new SamlRefused("No identity provider (IDPSSODescriptor) in the metadata");
  }

  private static String ssoUrl(Element idp) throws SamlRefused {
    for (Element service : children(idp, METADATA, "SingleSignOnService")) {
      if (REDIRECT.equals(service.getAttribute("Binding"))) {
        return service.getAttribute("Location");
      }
    }
    throw new SamlRefused(
        "The metadata offers no SingleSignOnService with the HTTP-Redirect binding");
  }

  private static List<X509Certificate> certificates(Element idp) throws SamlRefused {
    List<X509Certificate> certificates = new ArrayList<>();
    for (Element key : children(idp, METADATA, "KeyDescriptor")) {
      String use = attribute(key, "use");
      if (use != null && !use.equals("signing")) {
        continue;
      }
      NodeList values = key.getElementsByTagNameNS(DSIG, "X509Certificate");
      for (int i = 0; i < values.getLength(); i++) {
        certificates.add(Certificates.decode(values.item(i).getTextContent()));
      }
    }
    if (certificates.isEmpty()) {
      throw new SamlRefused("The metadata holds no signing certificate");
    }
    return certificates;
  }
}
