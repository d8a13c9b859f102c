package io.roster.web;

import io.roster.oauth.OAuthErrorMapper;
import io.roster.oauth.TokenResource;
import io.roster.provisioning.BodyCounter;
import io.roster.provisioning.RequestRecorder;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The OAuth 2.0 token endpoint under {@code /oauth}: open to any caller (clients authenticate in
 * the request itself), so neither the admin API's nor the SCIM endpoint's filter applies here.
 */
@ApplicationPath("/oauth")
public class OAuthApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        TokenResource.class, OAuthErrorMapper.class, RequestRecorder.class, BodyCounter.class);
  }
}
