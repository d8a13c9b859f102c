package io.roster.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log with filters and paging. */
@ApplicationScoped
public class AuditSearch {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  public record Page(long total, List<AuditEntryView> entries) {}

  @Transactional
  public Page find(AuditQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntry> counted = count.from(AuditEntry.class);
    count.select(cb.count(counted)).where(filters(cb, counted, query));
    long total = em.createQuery(count).getSingleResult();

    CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> entry = select.from(AuditEntry.class);
    // Newest first by time: ids come in per-node blocks, so they order one node's entries only.
    select
        .where(filters(cb, entry, query))
        .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
    List<AuditEntryView> entries =
        em.createQuery(select)
            .setFirstResult(query.offset())
            .setMaxResults(query.limit())
            .getResultStream()
            .map(AuditEntryView::of)
            .toList();
    return new Page(total, entries);
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> e, AuditQuery q) {
    List<Predicate> where = new ArrayList<>();
    if (q.from() != null) {
      where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), q.from()));
    }
    if (q.to() != null) {
      where.add(cb.lessThan(e.get("occurredAt"), q.to()));
    }
    if (q.actor() != null) {
      where.add(
          cb.or(cb.equal(e.get("actorName"), q.actor()), cb.equal(e.get("actorId"), q.actor())));
    }
    if (q.action() != null) {
      where.add(cb.equal(e.get("action"), q.action()));
    }
    if (q.targetType() != null) {
      where.add(cb.equal(e.get("targetType"), q.targetType()));
    }
    if (q.target() != null) {
      where.add(
          cb.or(
              cb.equal(e.get("targetId"), q.target()), cb.equal(e.get("targetName"), q.target())));
    }
    return where.toArray(Predicate[]::new);
  }
}
