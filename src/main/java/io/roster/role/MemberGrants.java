package io.roster.role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A named read model: the {@code role_access} rows (this feature's) that reach each user through
 * {@code group_member} (the group feature's). It only reads. It joins the two tables in one
 * statement for a whole page of users, because asking the group feature for memberships first would
 * cost a statement more per page; the console's user list and {@code /api/access} rely on this
 * staying one statement.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MemberGrants {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /** The grants of each given user's roles; users in no role with a grant are left out. */
  Map<UUID, List<Grant>> of(Collection<UUID> userIds) {
    return Grant.byId(
        em,
        "SELECT m.user_id, ra.area, ra.level FROM role_access ra"
            + " JOIN group_member m ON m.group_id = ra.group_id"
            + " WHERE m.user_id = ANY(CAST(?1 AS uuid[]))",
        userIds);
  }
}
