package io.roster.console.settings;

import io.roster.console.Messages;
import io.roster.console.RequestParameters;
import io.roster.outbox.EventTypes;
import io.roster.webhook.Delivery;
import io.roster.webhook.Endpoint;
import io.roster.webhook.Webhooks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code console/settings/webhooks.xhtml}: webhook endpoints, a new one's secret shown once, and
 * the delivery log of the endpoint in {@code ?id=}. The same service as {@code
 * /api/admin/webhooks}; the endpoint or delivery a button acts on travels as the request parameter
 * {@code endpoint} or {@code delivery}.
 */
@Named("webhooksBacking")
@RequestScoped
public class WebhooksBacking {
  @Inject Webhooks webhooks;

  private String url;
  private List<String> types = new ArrayList<>();
  private String id;
  private String createdSecret;
  private List<Endpoint> list;

  public void create() {
    try {
      createdSecret = webhooks.create(url, types).secret();
      list = null;
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  public void sendTest() {
    endpoint().ifPresent(e -> done(webhooks.sendTest(e), "Test event queued."));
  }

  public void rotate() {
    endpoint().flatMap(webhooks::rotateSecret).ifPresent(secret -> createdSecret = secret);
  }

  public void toggle() {
    endpoint()
        .flatMap(webhooks::get)
        .ifPresent(e -> webhooks.update(e.id(), null, null, !e.enabled()));
    list = null;
  }

  public void delete() {
    endpoint().ifPresent(e -> done(webhooks.delete(e), "Endpoint deleted."));
    list = null;
  }

  public void redeliver() {
    Optional<UUID> endpoint = parse(id);
    String delivery = RequestParameters.get("delivery");
    if (endpoint.isPresent() && delivery != null && delivery.matches("\\d{1,18}")) {
      done(webhooks.redeliver(endpoint.get(), Long.parseLong(delivery)), "Redelivery queued.");
    }
  }

  public List<Endpoint> getEndpoints() {
    if (list == null) {
      list = webhooks.list();
    }
    return list;
  }

  /** The endpoint whose log is shown, or null. */
  public Endpoint getSelected() {
    return parse(id).flatMap(webhooks::get).orElse(null);
  }

  public List<Delivery> getDeliveries() {
    return parse(id).map(e -> webhooks.deliveries(e, 100)).orElse(List.of());
  }

  public List<String> getAllTypes() {
    return EventTypes.ALL;
  }

  public long getDisabledCount() {
    return webhooks.disabledForFailing();
  }

  public String getCreatedSecret() {
    return createdSecret;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getTypes() {
    return types;
  }

  public void setTypes(List<String> types) {
    this.types = types;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  private static Optional<UUID> endpoint() {
    return parse(RequestParameters.get("endpoint"));
  }

  private static Optional<UUID> parse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void done(boolean ok, String message) {
    if (ok) {
      Messages.info(message);
    } else {
      Messages.error("No such webhook endpoint or delivery.");
    }
  }
}
