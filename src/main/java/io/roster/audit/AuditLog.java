package io.roster.audit;

import io.roster.platform.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Appends audit entries. Joins the caller's transaction when there is one, so an entry commits or
 * rolls back with the change it records; starts its own otherwise (refused logins and requests).
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject ClientAddress clientAddress;

  /** Records {@code record}, with the address of the request being served, if any. */
  @Transactional
  public void record(Actor actor, AuditRecord record) {
    em.persist(new AuditEntry(actor, record, clientAddress.current().orElse(null)));
  }
}
