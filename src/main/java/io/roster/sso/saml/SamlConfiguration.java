package io.roster.sso.saml;

import static io.roster.sso.saml.SamlSettingsStore.IDP_CERTIFICATES;
import static io.roster.sso.saml.SamlSettingsStore.IDP_ENTITY_ID;
import static io.roster.sso.saml.SamlSettingsStore.IDP_INITIATED;
import static io.roster.sso.saml.SamlSettingsStore.IDP_METADATA_ERROR;
import static io.roster.sso.saml.SamlSettingsStore.IDP_METADATA_REFRESHED_AT;
import static io.roster.sso.saml.SamlSettingsStore.IDP_METADATA_URL;
import static io.roster.sso.saml.SamlSettingsStore.IDP_SSO_URL;
import static io.roster.sso.saml.SamlSettingsStore.MATCH_ATTRIBUTE;
import static io.roster.sso.saml.SamlSettingsStore.MATCH_FROM;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SAML settings' rules: an IdP given by metadata (XML or a URL fetched at once) or by its three
 * fields, checked before anything is stored; and the refresh of a metadata URL. Every node looks
 * every few minutes whether the stored metadata is older than {@link #REFRESH_EVERY} and, if so,
 * fetches it again, so the refresh happens whichever nodes run; two nodes refreshing at once store
 * the same result.
 */
@ApplicationScoped
public class SamlConfiguration {
  static final Duration REFRESH_EVERY = Duration.ofHours(6);
  private static final Logger LOG = Logger.getLogger(SamlConfiguration.class.getName());

  @Inject SamlSettingsStore store;
  @Resource ManagedScheduledExecutorService scheduler;
  private ScheduledFuture<?> refresher;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    refresher = scheduler.scheduleWithFixedDelay(this::refreshIfDue, 1, 10, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (refresher != null) {
      refresher.cancel(false);
    }
  }

  public SamlSettings current() {
    return store.read();
  }

  /** Applies an admin's change, or refuses it whole with the reason. */
  public SamlSettings update(SamlSettingsUpdate update) throws SamlRefused {
    Map<String, String> values = new LinkedHashMap<>();
    if (notBlank(update.idpMetadataXml())) {
      IdpMetadata metadata =
          IdpMetadata.parse(update.idpMetadataXml().getBytes(StandardCharsets.UTF_8));
      values.put(IDP_METADATA_URL, "");
      putMetadata(values, metadata);
    } else if (notBlank(update.idpMetadataUrl())) {
      String url = MetadataFetcher.httpUrl(update.idpMetadataUrl(), "metadata URL").toString();
      values.put(IDP_METADATA_URL, url);
      putMetadata(values, MetadataFetcher.fetch(url));
    } else {
      if (update.idpMetadataUrl() != null) {
        values.put(IDP_METADATA_URL, "");
      }
      putFields(values, update);
    }
    if (update.idpInitiated() != null) {
      values.put(IDP_INITIATED, update.idpInitiated().toString());
    }
    if (update.matchFrom() != null) {
      values.put(MATCH_FROM, notBlank(update.matchFrom()) ? update.matchFrom().trim() : "");
    }
    if (update.matchAttribute() != null) {
      if (SamlSettings.matchAttribute(update.matchAttribute()).isEmpty()) {
        throw new SamlRefused("matchAttribute must be one of userName, emails.value, externalId");
      }
      values.put(MATCH_ATTRIBUTE, update.matchAttribute());
    }
    store.write(values, "changed by an admin");
    return store.read();
  }

  private static void putFields(Map<String, String> values, SamlSettingsUpdate update)
      throws SamlRefused {
    if (update.idpEntityId() != null) {
      values.put(IDP_ENTITY_ID, update.idpEntityId().trim());
    }
    if (update.idpSsoUrl() != null) {
      values.put(
          IDP_SSO_URL,
          update.idpSsoUrl().isBlank()
              ? ""
              : MetadataFetcher.httpUrl(update.idpSsoUrl(), "single sign-on URL").toString());
    }
    if (update.idpCertificate() != null) {
      values.put(IDP_CERTIFICATES, Certificates.pem(Certificates.parse(update.idpCertificate())));
    }
  }

  private static void putMetadata(Map<String, String> values, IdpMetadata metadata) {
    values.put(IDP_ENTITY_ID, metadata.entityId());
    values.put(IDP_SSO_URL, metadata.ssoUrl());
    values.put(IDP_CERTIFICATES, Certificates.pem(metadata.certificates()));
    values.put(IDP_METADATA_REFRESHED_AT, Instant.now().toString());
    values.put(IDP_METADATA_ERROR, "");
  }

  /** Fetches the metadata URL again when the stored copy is older than {@link #REFRESH_EVERY}. */
  void refreshIfDue() {
    try {
      SamlSettings settings = store.read();
      if (settings.idpMetadataUrl().isBlank() || !due(settings.idpMetadataRefreshedAt())) {
        return;
      }
      Map<String, String> values = new LinkedHashMap<>();
      try {
        putMetadata(values, MetadataFetcher.fetch(settings.idpMetadataUrl()));
      } catch (SamlRefused e) {
        // Keep the last good metadata; try again at the next period, and show why on the page.
        values.put(IDP_METADATA_REFRESHED_AT, Instant.now().toString());
        values.put(IDP_METADATA_ERROR, e.getMessage());
        LOG.warning("SAML metadata refresh failed, keeping the last good copy: " + e.getMessage());
      }
      store.write(values, "refreshed from the metadata URL");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SAML metadata refresh failed", e);
    }
  }

  private static boolean due(String refreshedAt) {
    try {
      return Instant.parse(refreshedAt).plus(REFRESH_EVERY).isBefore(Instant.now());
    } catch (DateTimeParseException e) {
      return true;
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
