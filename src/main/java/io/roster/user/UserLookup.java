package io.roster.user;

import io.roster.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features read of a user's account (who it is, whether it is active) without reaching
 * into {@code scim_user} themselves. Reads only.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class UserLookup {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /** A user as an access decision needs it. */
  public record Account(UUID id, String userName, boolean active) {}

  /** Empty when no user has this userName (compared case-insensitively, as SCIM does). */
  public Optional<Account> byUserName(String userName) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, user_name, active FROM scim_user WHERE lower(user_name) = lower(?1)")
            .setParameter(1, userName)
            .getResultList();
    return accounts(rows).stream().findFirst();
  }

  /** The users with this email address (any of their emails, compared case-insensitively). */
  public List<Account> byEmail(String email) {
    return accounts(
        em.createNativeQuery(
                "SELECT DISTINCT u.id, u.user_name, u.active FROM scim_user u"
                    + " JOIN scim_user_value v ON v.user_id = u.id"
                    + " WHERE v.attribute = 'emails' AND lower(v.value) = lower(?1)")
            .setParameter(1, email)
            .getResultList());
  }

  /** The users with this externalId (case-exact, as RFC 7643 defines it). */
  public List<Account> byExternalId(String externalId) {
    return accounts(
        em.createNativeQuery("SELECT id, user_name, active FROM scim_user WHERE external_id = ?1")
            .setParameter(1, externalId)
            .getResultList());
  }

  /** The user with this id, if there is one. */
  public Optional<Account> byId(UUID id) {
    return accounts(
            em.createNativeQuery("SELECT id, user_name, active FROM scim_user WHERE id = ?1")
                .setParameter(1, id)
                .getResultList())
        .stream()
        .findFirst();
  }

  private static List<Account> accounts(List<?> rows) {
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(r -> new Account((UUID) r[0], (String) r[1], (Boolean) r[2]))
        .toList();
  }

  /**
   * Whether each given user is active, in one statement whatever their number (the ids travel as
   * one array, so the SQL text never changes). Unknown ids are left out.
   */
  public Map<UUID, Boolean> activeOf(Collection<UUID> ids) {
    Map<UUID, Boolean> active = new HashMap<>();
    if (ids.isEmpty()) {
      return active;
    }
    List<?> rows =
        em.createNativeQuery("SELECT id, active FROM scim_user WHERE id = ANY(CAST(?1 AS uuid[]))")
            .setParameter(1, NativeSql.uuidArray(ids))
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      active.put((UUID) r[0], (Boolean) r[1]);
    }
    return active;
  }
}
