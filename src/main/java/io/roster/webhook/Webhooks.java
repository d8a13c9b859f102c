package io.roster.webhook;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.outbox.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook endpoints: create, change, rotate the secret, delete, and the delivery log with
 * redelivery and test events. Every change is audited in its transaction. Owns {@code
 * webhook_endpoint} and {@code webhook_delivery} with {@link Deliveries}.
 */
@ApplicationScoped
@Transactional
public class Webhooks {
  /** How long the secret a rotation replaces keeps signing, so receivers can switch. */
  static final String ROTATION_OVERLAP = "24 hours";

  private static final String COLUMNS =
      "id, url, array_to_string(types, ','), enabled, disabled_reason, failing_since,"
          + " CASE WHEN previous_until > now() THEN previous_until END, created_at";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject EndpointPolicy policy;
  @Inject WebhookSecrets secrets;
  @Inject Event<ResourceChanged> changes;

  /** How many endpoints were disabled for failing, for the console's banner. */
  @Transactional(TxType.SUPPORTS)
  public long disabledForFailing() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM webhook_endpoint"
                        + " WHERE NOT enabled AND disabled_reason IS NOT NULL")
                .getSingleResult())
        .longValue();
  }

  /** A new endpoint and its secret, shown this once. */
  public record Created(Endpoint endpoint, String secret) {}

  @Transactional(TxType.SUPPORTS)
  public List<Endpoint> list() {
    return endpoints(
        em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM webhook_endpoint ORDER BY created_at DESC")
            .getResultList());
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<Endpoint> get(UUID id) {
    return endpoints(
            em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ?1")
                .setParameter(1, id)
                .getResultList())
        .stream()
        .findFirst();
  }

  /**
   * Events after now go to the endpoint: its position starts at the oldest transaction still
   * running, so a change committing while it is created is not missed.
   *
   * @throws IllegalArgumentException for a refused URL or an unknown type
   */
  public Created create(String url, List<String> types) {
    String checked = policy.check(url).toString();
    UUID id = UUID.randomUUID();
    String secret = WebhookSecrets.newSecret();
    em.createNativeQuery(
            "INSERT INTO webhook_endpoint (id, url, types, secret, cursor_tx, cursor_id,"
                + " created_at) VALUES (?1, ?2, CAST(?3 AS text[]), ?4,"
                + " pg_snapshot_xmin(pg_current_snapshot()), 0, now())")
        .setParameter(1, id)
        .setParameter(2, checked)
        .setParameter(3, typesArray(types))
        .setParameter(4, secrets.seal(secret))
        .executeUpdate();
    audit(Action.WEBHOOK_CREATED, id, checked, "types=" + summary(types));
    return new Created(get(id).orElseThrow(), secret);
  }

  /**
   * Changes what is given (null leaves it); enabling again clears the failure state, and the
   * deliveries waiting are sent.
   */
  public Optional<Endpoint> update(UUID id, String url, List<String> types, Boolean enabled) {
    Optional<Endpoint> current = get(id);
    if (current.isEmpty()) {
      return current;
    }
    String newUrl = url == null ? current.get().url() : policy.check(url).toString();
    List<String> newTypes = types == null ? current.get().types() : types;
    boolean newEnabled = enabled == null ? current.get().enabled() : enabled;
    em.createNativeQuery(
            "UPDATE webhook_endpoint SET url = ?2, types = CAST(?3 AS text[]), enabled = ?4,"
                + " disabled_reason = CASE WHEN ?4 THEN NULL ELSE disabled_reason END,"
                + " failing_since = CASE WHEN ?4 THEN NULL ELSE failing_since END,"
                + " failures = CASE WHEN ?4 THEN 0 ELSE failures END,"
                + " retry_at = CASE WHEN ?4 THEN NULL ELSE retry_at END WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, newUrl)
        .setParameter(3, typesArray(newTypes))
        .setParameter(4, newEnabled)
        .executeUpdate();
    audit(
        Action.WEBHOOK_UPDATED,
        id,
        newUrl,
        "enabled=" + newEnabled + "; types=" + summary(newTypes));
    return get(id);
  }

  public boolean delete(UUID id) {
    Optional<Endpoint> endpoint = get(id);
    endpoint.ifPresent(
        e -> {
          em.createNativeQuery("DELETE FROM webhook_endpoint WHERE id = ?1")
              .setParameter(1, id)
              .executeUpdate();
          audit(Action.WEBHOOK_DELETED, id, e.url(), null);
        });
    return endpoint.isPresent();
  }

  /** A new secret, shown this once; the old one keeps signing for {@value #ROTATION_OVERLAP}. */
  public Optional<String> rotateSecret(UUID id) {
    Optional<Endpoint> endpoint = get(id);
    if (endpoint.isEmpty()) {
      return Optional.empty();
    }
    String secret = WebhookSecrets.newSecret();
    em.createNativeQuery(
            "UPDATE webhook_endpoint SET previous_secret = secret, previous_until = now()"
                + " + CAST(?3 AS interval), secret = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, secrets.seal(secret))
        .setParameter(3, ROTATION_OVERLAP)
        .executeUpdate();
    audit(Action.WEBHOOK_SECRET_ROTATED, id, endpoint.get().url(), null);
    return Optional.of(secret);
  }

  /** The endpoint's deliveries, newest first; empty when the endpoint is unknown. */
  @Transactional(TxType.SUPPORTS)
  public List<Delivery> deliveries(UUID id, int limit) {
    List<Delivery> deliveries = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, event_id, event_type, state, attempts, created_at, last_attempt_at,"
                    + " last_status, last_latency_ms, last_response FROM webhook_delivery"
                    + " WHERE endpoint_id = ?1 ORDER BY id DESC LIMIT ?2")
            .setParameter(1, id)
            .setParameter(2, limit)
            .getResultList()) {
      Object[] r = (Object[]) row;
      deliveries.add(
          new Delivery(
              ((Number) r[0]).longValue(),
              r[1] == null ? null : ((Number) r[1]).longValue(),
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).intValue(),
              time(r[5]),
              time(r[6]),
              r[7] == null ? null : ((Number) r[7]).intValue(),
              r[8] == null ? null : ((Number) r[8]).intValue(),
              (String) r[9]));
    }
    return deliveries;
  }

  /** Sends a delivery's event again, as a new delivery; false when there is no such delivery. */
  public boolean redeliver(UUID id, long deliveryId) {
    int copied =
        em.createNativeQuery(
                "INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, subject, payload)"
                    + " SELECT endpoint_id, event_id, event_type, subject, payload"
                    + " FROM webhook_delivery WHERE id = ?2 AND endpoint_id = ?1")
            .setParameter(1, id)
            .setParameter(2, deliveryId)
            .executeUpdate();
    if (copied > 0) {
      audit(
          Action.WEBHOOK_REDELIVERED,
          id,
          get(id).map(Endpoint::url).orElse(""),
          "delivery " + deliveryId);
    }
    return copied > 0;
  }

  /** Queues a {@code webhook.test} event for the endpoint alone; false when it is unknown. */
  public boolean sendTest(UUID id) {
    Optional<Endpoint> endpoint = get(id);
    if (endpoint.isEmpty()) {
      return false;
    }
    String payload =
        Json.createObjectBuilder()
            .add("id", "test_" + UUID.randomUUID())
            .add("type", "webhook.test")
            .add("createdAt", Instant.now().toString())
            .add("actor", Json.createObjectBuilder().add("type", "system").add("name", "roster"))
            .add("data", Json.createObjectBuilder().add("endpointId", id.toString()))
            .build()
            .toString();
    em.createNativeQuery(
            "INSERT INTO webhook_delivery (endpoint_id, event_type, payload)"
                + " VALUES (?1, 'webhook.test', ?2)")
        .setParameter(1, id)
        .setParameter(2, payload)
        .executeUpdate();
    audit(Action.WEBHOOK_TESTED, id, endpoint.get().url(), null);
    return true;
  }

  /** Disables the endpoints failing for 3 days, each with an audit entry. */
  public void disableFailing() {
    for (Object row :
        em.createNativeQuery(
                "UPDATE webhook_endpoint SET enabled = false, disabled_reason ="
                    + " 'Deliveries failed for 3 days since ' || to_char(failing_since AT TIME ZONE"
                    + " 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'"
                    + " WHERE enabled AND failing_since < now() - interval '3 days'"
                    + " RETURNING id, url")
            .getResultList()) {
      Object[] r = (Object[]) row;
      audit(Action.WEBHOOK_DISABLED, (UUID) r[0], (String) r[1], "failing for 3 days");
    }
  }

  /**
   * @throws IllegalArgumentException for a type Roster does not send
   */
  static List<String> checkTypes(List<String> types) {
    for (String type : types) {
      if (!EventTypes.ALL.contains(type)) {
        throw new IllegalArgumentException(
            "Unknown event type " + type + "; known: " + String.join(",", EventTypes.ALL));
      }
    }
    return types.stream().distinct().toList();
  }

  private void audit(Action action, UUID id, String url, String summary) {
    changes.fire(new ResourceChanged(action, "Webhook", id.toString(), url, summary));
  }

  private static String summary(List<String> types) {
    return types.isEmpty() ? "all" : String.join(",", types);
  }

  private static String typesArray(List<String> types) {
    return "{" + String.join(",", checkTypes(types)) + "}";
  }

  private static List<Endpoint> endpoints(List<?> rows) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      String types = (String) r[2];
      endpoints.add(
          new Endpoint(
              (UUID) r[0],
              (String) r[1],
              types.isEmpty() ? List.of() : Arrays.asList(types.split(",")),
              (Boolean) r[3],
              (String) r[4],
              time(r[5]),
              time(r[6]),
              time(r[7])));
    }
    return endpoints;
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime t) {
      return t;
    }
    return null;
  }
}
