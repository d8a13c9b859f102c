package io.roster.sso;

import io.roster.admin.AdminAccounts;
import io.roster.admin.AdminChangeRefused;
import io.roster.audit.CurrentActor;
import io.roster.role.DefaultAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/sso}: what every protocol shares: the IdP's name on the sign-in page, Enable
 * SSO, Require SSO (password sign-in for break-glass accounts only) and the default access of
 * people in no group. Each takes effect at the next request on every node.
 */
@Path("admin/sso")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Single sign-on")
@RequestScoped
public class SsoSettingsResource {
  @Inject SsoSettings sso;
  @Inject AdminAccounts accounts;
  @Inject DefaultAccess defaults;
  @Inject CurrentActor currentActor;

  public record SsoSettingsView(
      String name, boolean enabled, boolean required, Map<String, String> defaultAccess) {}

  /** Fields left out keep their value; defaultAccess sets only the areas it names. */
  public record SsoSettingsUpdate(
      String name, Boolean enabled, Boolean required, Map<String, String> defaultAccess) {}

  @GET
  @Operation(summary = "Enable SSO, Require SSO and the default access")
  public SsoSettingsView get() {
    Map<String, String> levels = new LinkedHashMap<>();
    defaults.get().forEach((area, level) -> levels.put(area, level.wire()));
    return new SsoSettingsView(sso.name(), sso.enabled(), accounts.ssoRequired(), levels);
  }

  @PUT
  @Operation(
      summary = "Change the SSO switches",
      description =
          "Require SSO needs a break-glass admin account (409 otherwise); an unknown area or level"
              + " in defaultAccess is a 400.")
  public SsoSettingsView put(SsoSettingsUpdate update) {
    if (update == null) {
      throw new BadRequestException(
          "Body must be {\"enabled\": …, \"required\": …, \"defaultAccess\": {\"area\": \"level\"}}");
    }
    if (update.defaultAccess() != null) {
      try {
        defaults.set(update.defaultAccess());
      } catch (IllegalArgumentException e) {
        throw new BadRequestException(e.getMessage());
      }
    }
    if (update.required() != null) {
      try {
        accounts.requireSso(currentActor.get(), update.required());
      } catch (AdminChangeRefused e) {
        throw new WebApplicationException(e.getMessage(), e.status());
      }
    }
    if (update.name() != null) {
      sso.setName(update.name());
    }
    if (update.enabled() != null) {
      sso.setEnabled(update.enabled());
    }
    return get();
  }
}
