package io.roster.console.settings;

import io.roster.console.Messages;
import io.roster.sso.saml.SamlConfiguration;
import io.roster.sso.saml.SamlRefused;
import io.roster.sso.saml.SamlSettings;
import io.roster.sso.saml.SamlSettingsUpdate;
import io.roster.sso.saml.SamlSettingsView;
import io.roster.sso.saml.SpEndpoints;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code console/settings/sso-saml.xhtml}: Roster's SAML addresses under the names Okta and Entra
 * give them, the identity provider (metadata pasted, uploaded or by URL, or its three fields) and
 * the matching. The same service as {@code /api/admin/sso/saml}, so the same checks and audit.
 */
@Named
@RequestScoped
public class SsoSamlBacking {
  /** The largest metadata file accepted from the upload field. */
  static final int MAX_FILE = 2 * 1024 * 1024;

  @Inject SamlConfiguration configuration;
  @Inject SpEndpoints endpoints;

  private SamlSettingsView view;
  private String metadataUrl;
  private String metadataXml;
  private Part metadataFile;
  private String ssoUrl;
  private String issuer;
  private String certificate;
  private boolean byAttribute;
  private String attributeName;
  private String matchAttribute;
  private boolean idpInitiated;

  @PostConstruct
  void load() {
    refresh();
    metadataUrl = view.idpMetadataUrl();
    ssoUrl = view.idpSsoUrl();
    issuer = view.idpEntityId();
    certificate = view.idpCertificate();
    byAttribute = !SamlSettings.NAME_ID.equals(view.matchFrom());
    attributeName = byAttribute ? view.matchFrom() : "";
    matchAttribute = view.matchAttribute();
    idpInitiated = view.idpInitiated();
  }

  private void refresh() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    view =
        SamlSettingsView.of(
            configuration.current(), endpoints.of(URI.create(request.getRequestURL().toString())));
  }

  /** Metadata (file, pasted XML, or URL, in that order) wins; else the three fields. */
  public void saveIdp() {
    try {
      String xml = fileText();
      if (xml == null && metadataXml != null && !metadataXml.isBlank()) {
        xml = metadataXml;
      }
      SamlSettingsUpdate update =
          xml != null
              ? new SamlSettingsUpdate(xml, null, null, null, null, null, null, null)
              : new SamlSettingsUpdate(
                  null, blankToEmpty(metadataUrl), issuer, ssoUrl, certificate, null, null, null);
      configuration.update(update);
      metadataXml = null;
      refresh();
      Messages.info(
          "Identity provider saved: "
              + view.idpEntityId()
              + (view.ready() ? "." : ". Sign-in needs its SSO URL, issuer and certificate."));
    } catch (SamlRefused e) {
      Messages.error(e.getMessage());
    }
  }

  public void saveMatching() {
    try {
      String from = byAttribute ? attributeName : SamlSettings.NAME_ID;
      if (byAttribute && (from == null || from.isBlank())) {
        Messages.error("Give the name of the attribute that names the person.");
        return;
      }
      configuration.update(
          new SamlSettingsUpdate(
              null, null, null, null, null, idpInitiated, from.strip(), matchAttribute));
      refresh();
      Messages.info("Matching saved.");
    } catch (SamlRefused e) {
      Messages.error(e.getMessage());
    }
  }

  private String fileText() throws SamlRefused {
    if (metadataFile == null || metadataFile.getSize() == 0) {
      return null;
    }
    if (metadataFile.getSize() > MAX_FILE) {
      throw new SamlRefused("The metadata file is larger than 2 MB");
    }
    try (InputStream in = metadataFile.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SamlRefused("The metadata file could not be read", e);
    }
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  public SamlSettingsView getView() {
    return view;
  }

  public String getMetadataUrl() {
    return metadataUrl;
  }

  public void setMetadataUrl(String metadataUrl) {
    this.metadataUrl = metadataUrl;
  }

  public String getMetadataXml() {
    return metadataXml;
  }

  public void setMetadataXml(String metadataXml) {
    this.metadataXml = metadataXml;
  }

  public Part getMetadataFile() {
    return metadataFile;
  }

  public void setMetadataFile(Part metadataFile) {
    this.metadataFile = metadataFile;
  }

  public String getSsoUrl() {
    return ssoUrl;
  }

  public void setSsoUrl(String ssoUrl) {
    this.ssoUrl = ssoUrl;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getCertificate() {
    return certificate;
  }

  public void setCertificate(String certificate) {
    this.certificate = certificate;
  }

  public boolean isByAttribute() {
    return byAttribute;
  }

  public void setByAttribute(boolean byAttribute) {
    this.byAttribute = byAttribute;
  }

  public String getAttributeName() {
    return attributeName;
  }

  public void setAttributeName(String attributeName) {
    this.attributeName = attributeName;
  }

  public String getMatchAttribute() {
    return matchAttribute;
  }

  public void setMatchAttribute(String matchAttribute) {
    this.matchAttribute = matchAttribute;
  }

  public boolean isIdpInitiated() {
    return idpInitiated;
  }

  public void setIdpInitiated(boolean idpInitiated) {
    this.idpInitiated = idpInitiated;
  }
}
