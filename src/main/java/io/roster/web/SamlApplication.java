package io.roster.web;

import io.roster.sso.saml.SamlResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * SAML single sign-on under {@code /sso/saml}: open to any browser (the person is not signed in
 * yet; the identity provider's signature is the credential), so neither the admin API's nor the
 * SCIM endpoint's filter applies here.
 */
@ApplicationPath("/sso/saml")
public class SamlApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(SamlResource.class);
  }
}
