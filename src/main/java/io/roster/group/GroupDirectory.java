package io.roster.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features read of groups (the roles list, a user's group names) without reaching into
 * {@code scim_group} and {@code group_member} themselves: plain rows, paged in SQL, one statement
 * per page (a second one counts only when the page cannot tell the total).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class GroupDirectory {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /** A group as a list shows it: its name and how many members it has. */
  public record Entry(UUID id, String displayName, long memberCount) {}

  /** One page of groups and how many match in all. */
  public record Page(long total, List<Entry> groups) {}

  /** Groups whose name contains {@code text} (case-insensitive; all when blank), by name. */
  public Page search(String text, int offset, int limit) {
    boolean all = text == null || text.isBlank();
    String where = all ? "" : " WHERE lower(g.display_name) LIKE lower(?1) ESCAPE '\\'";
    List<Object> parameters = all ? List.of() : List.of(containing(text));
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(limit);
    paged.add(offset);
    String order =
        " ORDER BY lower(g.display_name), g.id LIMIT ?"
            + (paged.size() - 1)
            + " OFFSET ?"
            + paged.size();
    List<Entry> page = entries(where + order, paged);
    boolean pageTellsTotal = page.size() < limit && (!page.isEmpty() || offset == 0);
    long total =
        pageTellsTotal
            ? offset + page.size()
            : ((Number) bind("SELECT count(*) FROM scim_group g" + where, parameters).get(0))
                .longValue();
    return new Page(total, page);
  }

  public Optional<Entry> find(UUID id) {
    return entries(" WHERE g.id = ?1", List.of(id)).stream().findFirst();
  }

  /** The names of the groups a user belongs to, in name order. */
  public List<String> namesOf(UUID userId) {
    return bind(
            "SELECT g.display_name FROM group_member m JOIN scim_group g ON g.id = m.group_id"
                + " WHERE m.user_id = ?1 ORDER BY g.display_name",
            List.of(userId))
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /** A LIKE pattern matching any name that contains {@code text}, whatever its wildcards. */
  static String containing(String text) {
    String literal = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + literal + "%";
  }

  /** The groups the {@code tail} (WHERE, ORDER BY, LIMIT) selects, with their member counts. */
  private List<Entry> entries(String tail, List<?> parameters) {
    return bind(
            "SELECT g.id, g.display_name,"
                + " (SELECT count(*) FROM group_member m WHERE m.group_id = g.id)"
                + " FROM scim_group g"
                + tail,
            parameters)
        .stream()
        .map(row -> (Object[]) row)
        .map(r -> new Entry((UUID) r[0], (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  private List<?> bind(String sql, List<?> parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.getResultList();
  }
}
