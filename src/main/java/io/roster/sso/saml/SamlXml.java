package io.roster.sso.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Parsing of what identity providers send, hardened: a DOCTYPE is refused outright (no entity
 * expansion, no external entity, no external DTD), and so is XInclude. Plus the few DOM walks the
 * checks share.
 */
final class SamlXml {
  static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
  static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
  static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";
  static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

  private SamlXml() {}

  static Document parse(byte[] xml) throws SamlRefused {
    try {
      return builder().parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      throw new SamlRefused("The XML was refused: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SamlRefused("The XML could not be read", e);
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a required safety feature", e);
    }
  }

  /** The element children of {@code parent} with this name, in document order. */
  static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  /** The one child of that name, or null when there is none; more than one is refused. */
  static Element child(Element parent, String namespace, String localName) throws SamlRefused {
    List<Element> found = children(parent, namespace, localName);
    if (found.size() > 1) {
      throw new SamlRefused(
          "More than one " + localName + " in " + parent.getLocalName() + " (not allowed)");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  static String text(Element element) {
    return element == null ? null : element.getTextContent().trim();
  }

  /** An attribute's value, or null when absent (DOM answers an empty string). */
  static String attribute(Element element, String name) {
    return element.hasAttribute(name) ? element.getAttribute(name) : null;
  }

  /** Text safe inside an XML attribute value or element. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
