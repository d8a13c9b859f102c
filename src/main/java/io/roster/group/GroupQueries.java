package io.roster.group;

import io.roster.persistence.AttributeColumn;
import io.roster.persistence.ListCursors;
import io.roster.persistence.PageQuery;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.schema.ResourceSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Reads groups; members only when asked for, and for a whole page in one statement. */
@ApplicationScoped
class GroupQueries {
  private static final ResourceSchema SCHEMA = ResourceSchema.GROUP;

  private static final int FETCH_SIZE = 1000;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject ListCursors cursors;

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  StoredGroup load(GroupEntity group, boolean withMembers) {
    return page(List.of(group), withMembers).get(0);
  }

  /** The column {@code sortBy} names; empty when it is no stored single-valued attribute. */
  Optional<AttributeColumn> sortColumn(String sortBy) {
    return SCHEMA.find(sortBy).flatMap(GroupStorage.INSTANCE::column);
  }

  /**
   * @throws io.roster.persistence.UntranslatableFilter when the filter names what is not stored
   */
  GroupPage search(ListRequest request, AttributeColumn sortBy, boolean withMembers) {
    PageQuery.Page<GroupEntity> page =
        new PageQuery<>(em, GroupEntity.class, SCHEMA, GroupStorage.INSTANCE, cursors)
            .find(request, sortBy);
    return new GroupPage(page(page.rows(), withMembers), page.total(), page.cursors());
  }

  /**
   * Hands each member of the group to {@code each}, in the order of {@link #membersOf}, reading
   * them through a cursor {@value #FETCH_SIZE} rows at a time: a group of 100,000 members is never
   * held in memory. Call within a transaction (PostgreSQL's cursors live in one).
   */
  void forEachMember(UUID groupId, Consumer<Member> each) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT u.id, COALESCE(u.display_name, u.user_name) FROM group_member m"
                    + " JOIN scim_user u ON u.id = m.user_id"
                    + " WHERE m.group_id = ? ORDER BY u.user_name")) {
      s.setObject(1, groupId);
      s.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          each.accept(new Member(rows.getObject(1, UUID.class), rows.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("Reading the members of group " + groupId + " failed", e);
    }
  }

  private List<StoredGroup> page(List<GroupEntity> groups, boolean withMembers) {
    Map<UUID, List<Member>> members =
        withMembers ? membersOf(groups.stream().map(g -> g.id).toList()) : Map.of();
    List<StoredGroup> page = new ArrayList<>(groups.size());
    for (GroupEntity group : groups) {
      page.add(
          new StoredGroup(group, withMembers ? members.getOrDefault(group.id, List.of()) : null));
    }
    return page;
  }

  private Map<UUID, List<Member>> membersOf(List<UUID> groupIds) {
    if (groupIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.groupId, u.id, COALESCE(u.displayName, u.userName)"
                    + " FROM MembershipEntity m JOIN m.user u"
                    + " WHERE m.groupId IN :ids ORDER BY u.userName",
                Object[].class)
            .setParameter("ids", groupIds)
            .getResultList();
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                r -> (UUID) r[0],
                Collectors.mapping(
                    r -> new Member((UUID) r[1], (String) r[2]), Collectors.toList())));
  }
}
