package io.roster.sso.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Roster's own SAML addresses, to register at the IdP: under {@code roster.public-url}, or, when
 * that is not set, the scheme, host and port of the request (as for the SCIM endpoint). The entity
 * ID is the metadata URL, as IdPs that read SP metadata expect.
 */
@ApplicationScoped
public class SpEndpoints {
  @Inject
  @ConfigProperty(name = "roster.public-url")
  Optional<String> publicUrl;

  /**
   * @param entityId Okta's "Audience URI (SP Entity ID)", Entra's "Identifier"
   * @param acsUrl Okta's "Single sign-on URL", Entra's "Reply URL"
   * @param metadataUrl where Roster's SP metadata is served (the entity ID too)
   */
  public record Sp(String entityId, String acsUrl, String metadataUrl) {}

  public Sp of(URI requestBase) {
    String base =
        publicUrl
                .orElseGet(() -> requestBase.getScheme() + "://" + requestBase.getRawAuthority())
                .replaceAll("/+$", "")
            + "/sso/saml";
    return new Sp(base + "/metadata", base + "/acs", base + "/metadata");
  }
}
