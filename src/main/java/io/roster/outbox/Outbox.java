package io.roster.outbox;

import io.roster.audit.Actor;
import io.roster.scim.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Appends events to {@code event_outbox} in the caller's transaction (a native update needs one, so
 * none is started here): an event exists exactly when its change commits.
 */
@ApplicationScoped
public class Outbox {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /**
   * @param subject the person the event is about (deliveries keep each person's events in order),
   *     or {@code null}
   */
  void append(String type, UUID subject, JsonObject actor, JsonObject data) {
    em.createNativeQuery(
            "INSERT INTO event_outbox (type, subject, actor, data)"
                + " VALUES (?1, CAST(?2 AS uuid), CAST(?3 AS jsonb), CAST(?4 AS jsonb))")
        .setParameter(1, type)
        .setParameter(2, subject == null ? null : subject.toString())
        .setParameter(3, actor.toString())
        .setParameter(4, data.toString())
        .executeUpdate();
  }

  /** The actor as the audit API shows it: type, and id and name when known. */
  static JsonObject json(Actor actor) {
    JsonObjectBuilder json = Jsons.createObjectBuilder().add("type", actor.type());
    if (actor.id() != null) {
      json.add("id", actor.id());
    }
    if (actor.name() != null) {
      json.add("name", actor.name());
    }
    return json.build();
  }
}
