package io.roster.web;

import io.roster.admin.AdminAuthenticationFilter;
import io.roster.admin.AdminsResource;
import io.roster.admin.ScimSettingsResource;
import io.roster.admin.ScimTokensResource;
import io.roster.api.ApiBodySizeLimit;
import io.roster.api.ApiDatabaseOutageMapper;
import io.roster.api.ApiExceptionMapper;
import io.roster.audit.AuditResource;
import io.roster.oauth.OAuthClientsResource;
import io.roster.outbox.EventsResource;
import io.roster.platform.ApiDatabaseGateFilter;
import io.roster.provisioning.ProvisioningLogResource;
import io.roster.role.AccessResource;
import io.roster.role.RoleResource;
import io.roster.scim.http.JsonBodies;
import io.roster.sso.SsoSettingsResource;
import io.roster.sso.oidc.OidcSettingsResource;
import io.roster.sso.saml.SamlSettingsResource;
import io.roster.webhook.WebhooksResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}, every call authenticated as an admin (HTTP Basic). Its classes
 * are listed so that nothing of the SCIM endpoint is reachable here, nor the reverse: the SCIM
 * mappers' {@code @Provider} does not bring them in (ApiErrorsIT checks the shapes). {@link
 * JsonBodies} reads JSON-P bodies as on {@code /scim}, so a body of the wrong JSON type is a 400.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(title = "Roster admin API", version = "1"),
    security = @SecurityRequirement(name = "adminBasic"))
@SecurityScheme(
    securitySchemeName = "adminBasic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "An admin account's user name and password")
public class ApiApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ApiBodySizeLimit.class,
        ApiDatabaseGateFilter.class,
        AdminAuthenticationFilter.class,
        ApiExceptionMapper.class,
        JsonBodies.class,
        ApiDatabaseOutageMapper.class,
        AdminsResource.class,
        ScimSettingsResource.class,
        ScimTokensResource.class,
        AuditResource.class,
        RoleResource.class,
        AccessResource.class,
        OAuthClientsResource.class,
        ProvisioningLogResource.class,
        SsoSettingsResource.class,
        OidcSettingsResource.class,
        SamlSettingsResource.class,
        EventsResource.class,
        WebhooksResource.class);
  }
}
