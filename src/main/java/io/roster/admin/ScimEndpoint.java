package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SCIM base URL shown to admins: {@code roster.public-url} + {@code /scim}, or, when that is
 * not set, the scheme, host and port the admin's own request came in on (wrong behind a proxy that
 * rewrites them, hence the setting).
 */
@ApplicationScoped
public class ScimEndpoint {
  @Inject
  @ConfigProperty(name = "roster.public-url")
  Optional<String> publicUrl;

  public String url(URI requestBase) {
    String base =
        publicUrl.orElseGet(() -> requestBase.getScheme() + "://" + requestBase.getRawAuthority());
    return base.replaceAll("/+$", "") + "/scim";
  }
}
