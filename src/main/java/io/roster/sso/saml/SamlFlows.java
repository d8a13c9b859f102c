package io.roster.sso.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SAML state every node shares, in PostgreSQL (owner of {@code saml_request} and {@code
 * saml_assertion_used}): the AuthnRequests sent and not yet answered, so that any node finishes a
 * flow another started; and the assertions already used, so that a replay fails on every node. Rows
 * past their end are deleted as new ones come.
 */
@ApplicationScoped
public class SamlFlows implements ReplayGuard {
  /** How long a person may take at the identity provider's sign-in page. */
  static final Duration REQUEST_LIFETIME = Duration.ofMinutes(15);

  /** Where a started sign-in goes back to, and whether it is an admin's Test sign-in. */
  record Pending(String returnTo, boolean test) {}

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Transactional
  public void remember(String requestId, Pending pending) {
    em.createNativeQuery("DELETE FROM saml_request WHERE expires_at < now()").executeUpdate();
    em.createNativeQuery(
            "INSERT INTO saml_request (id, return_to, test, expires_at) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, requestId)
        .setParameter(2, pending.returnTo())
        .setParameter(3, pending.test())
        .setParameter(4, Timestamp.from(Instant.now().plus(REQUEST_LIFETIME)))
        .executeUpdate();
  }

  /** The unexpired request of that ID, forgotten as it is taken: a request is answered once. */
  @Transactional
  public Optional<Pending> take(String requestId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "DELETE FROM saml_request WHERE id = ?1 AND expires_at > now()"
                    + " RETURNING return_to, test")
            .setParameter(1, requestId)
            .getResultList();
    return rows.stream().findFirst().map(r -> new Pending((String) r[0], (Boolean) r[1]));
  }

  /** One statement, so two nodes given the same assertion at once cannot both accept it. */
  @Override
  @Transactional
  public boolean firstUse(String issuer, String assertionId, Instant keepUntil) {
    em.createNativeQuery("DELETE FROM saml_assertion_used WHERE expires_at < now()")
        .executeUpdate();
    return em.createNativeQuery(
                "INSERT INTO saml_assertion_used (issuer, assertion_id, expires_at)"
                    + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
            .setParameter(1, issuer)
            .setParameter(2, assertionId)
            .setParameter(3, Timestamp.from(keepUntil))
            .executeUpdate()
        == 1;
  }
}
