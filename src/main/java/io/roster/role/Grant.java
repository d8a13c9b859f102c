package io.roster.role;

import io.roster.persistence.NativeSql;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One stored level of one area: a row of {@code role_access}, for a role or reaching a user. */
record Grant(String area, AccessLevel level) {
  /**
   * The grants a native {@code sql} selects as (id, area, level) rows for the ids bound as {@code
   * ?1}, by id. The ids travel as one PostgreSQL array, so the SQL text is the same for any number
   * of them and is prepared once; no ids, no statement.
   */
  static Map<UUID, List<Grant>> byId(EntityManager em, String sql, Collection<UUID> ids) {
    Map<UUID, List<Grant>> grants = new HashMap<>();
    if (ids.isEmpty()) {
      return grants;
    }
    for (Object row :
        em.createNativeQuery(sql).setParameter(1, NativeSql.uuidArray(ids)).getResultList()) {
      Object[] r = (Object[]) row;
      Grant grant = new Grant((String) r[1], AccessLevel.parse((String) r[2]).orElseThrow());
      grants.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(grant);
    }
    return grants;
  }
}
