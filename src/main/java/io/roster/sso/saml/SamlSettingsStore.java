package io.roster.sso.saml;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.settings.SettingsService;
import io.roster.sso.MatchAttribute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the {@code sso.saml.*} settings through the settings package, straight from
 * PostgreSQL on every read (so a change applies on the next request on every node), and audits each
 * change in its transaction.
 */
@ApplicationScoped
public class SamlSettingsStore {
  static final String PREFIX = "sso.saml.";
  static final String IDP_ENTITY_ID = PREFIX + "idp.entity-id";
  static final String IDP_SSO_URL = PREFIX + "idp.sso-url";
  static final String IDP_CERTIFICATES = PREFIX + "idp.certificates";
  static final String IDP_METADATA_URL = PREFIX + "idp.metadata-url";
  static final String IDP_METADATA_REFRESHED_AT = PREFIX + "idp.metadata-refreshed-at";
  static final String IDP_METADATA_ERROR = PREFIX + "idp.metadata-error";
  static final String IDP_INITIATED = PREFIX + "idp-initiated";
  static final String MATCH_FROM = PREFIX + "match.from";
  static final String MATCH_ATTRIBUTE = PREFIX + "match.attribute";

  /** Keys whose change is not worth an audit entry on its own (refresh bookkeeping). */
  private static final List<String> BOOKKEEPING =
      List.of(IDP_METADATA_REFRESHED_AT, IDP_METADATA_ERROR);

  @Inject SettingsService settings;
  @Inject Event<ResourceChanged> changes;

  public SamlSettings read() {
    return new SamlSettings(
        get(IDP_ENTITY_ID),
        get(IDP_SSO_URL),
        get(IDP_CERTIFICATES),
        get(IDP_METADATA_URL),
        get(IDP_METADATA_REFRESHED_AT),
        get(IDP_METADATA_ERROR),
        Boolean.parseBoolean(get(IDP_INITIATED)),
        settings.get(MATCH_FROM).filter(s -> !s.isBlank()).orElse(SamlSettings.NAME_ID),
        SamlSettings.matchAttribute(get(MATCH_ATTRIBUTE)).orElse(MatchAttribute.USER_NAME));
  }

  private String get(String key) {
    return settings.get(key).orElse("");
  }

  /**
   * Writes the values that differ from the stored ones; audits {@code sso.saml.changed} naming them
   * (certificates by fingerprint, never in full) unless only refresh bookkeeping changed.
   */
  @Transactional
  public void write(Map<String, String> values, String why) {
    Map<String, String> changed = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (!get(key).equals(value)) {
            settings.put(key, value);
            changed.put(key, value);
          }
        });
    List<String> described = new ArrayList<>();
    changed.forEach(
        (key, value) -> {
          if (!BOOKKEEPING.contains(key)) {
            described.add(describe(key, value));
          }
        });
    if (!described.isEmpty()) {
      changes.fire(
          new ResourceChanged(
              Action.SSO_SAML_CHANGED,
              "Setting",
              "sso.saml",
              "SAML single sign-on",
              why + ": " + String.join(", ", described)));
    }
  }

  private static String describe(String key, String value) {
    String name = key.substring(PREFIX.length());
    if (key.equals(IDP_CERTIFICATES)) {
      try {
        return name + "=" + Certificates.fingerprints(Certificates.parse(value));
      } catch (SamlRefused e) {
        return name + " changed";
      }
    }
    return name + "=" + (value.length() > 200 ? value.substring(0, 200) + "…" : value);
  }
}
