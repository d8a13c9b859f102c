package io.roster.user;

import io.roster.persistence.AttributeColumn;
import io.roster.persistence.JpqlIds;
import io.roster.persistence.ListCursors;
import io.roster.persistence.PageQuery;
import io.roster.persistence.ReadOnly;
import io.roster.persistence.ResourceIds;
import io.roster.scim.filter.Filter;
import io.roster.scim.filter.Operator;
import io.roster.scim.protocol.CursorLinks;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.PageRequest;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads users in as few statements as a page needs (see PageQuery for the rows and the total), then
 * their multi-valued rows and their groups: never one statement per user.
 */
@ApplicationScoped
class UserQueries {
  private static final ResourceSchema SCHEMA = ResourceSchema.USER;

  /**
   * One user, a row for each of its multi-valued rows, whether its manager is a user and its groups
   * as JSON ({@link UserGroups#jsonSql}, when groups are deployed): a single user's whole read in
   * one statement instead of two round trips. The groups' subquery takes the user's id or userName
   * as its own parameter, not the user's row, so that PostgreSQL runs it once (an InitPlan), not
   * once per multi-valued row.
   */
  private static final String ONE_USER =
      "SELECT u, v, CASE WHEN m.id IS NULL THEN FALSE ELSE TRUE END%s FROM UserEntity u"
          + " LEFT JOIN UserValueEntity v ON v.userId = u.id"
          + " LEFT JOIN UserEntity m ON m.id = u.managerUserId"
          + " WHERE %s ORDER BY v.attribute, v.position";

  private static final String BY_ID = "UserQueries.byId";

  /**
   * By userName, compared as a filter compares it (lower case on both sides, the unique index
   * {@code lower(user_name)}): at most one user.
   */
  private static final String BY_USER_NAME = "UserQueries.byUserName";

  /** In SQL, the id of the user whose lower-cased userName is the parameter. */
  private static final String ID_BY_USER_NAME =
      "(SELECT s.id FROM scim_user s WHERE lower(s.user_name) = ?)";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @PersistenceUnit(unitName = "roster")
  EntityManagerFactory factory;

  @Inject ListCursors cursors;

  @Inject Instance<UserGroups> groups;

  /** Null when no groups feature is deployed. */
  private UserGroups userGroups;

  private UserStorage storage;

  @PostConstruct
  void init() {
    userGroups = groups.isResolvable() ? groups.get() : null;
    storage = new UserStorage(userGroups == null ? null : userGroups.storage());
    // Named here, not on the entity, because the groups feature supplies their groups' SQL.
    name(BY_ID, ONE_USER.formatted(groupsColumn("?", ":id"), "u.id = :id"));
    name(
        BY_USER_NAME,
        ONE_USER.formatted(
            groupsColumn(ID_BY_USER_NAME, ":userName"), "LOWER(u.userName) = :userName"));
  }

  /** The groups' select item for the user whose id is {@code userIdSql}, given {@code argument}. */
  private String groupsColumn(String userIdSql, String argument) {
    if (userGroups == null) {
      return "";
    }
    return ", SQL('" + userGroups.jsonSql(userIdSql) + "', " + argument + ")";
  }

  /**
   * Registers a read-only named query: EclipseLink prepares it once. Only the statement is
   * prepared, never its result: every request reads PostgreSQL, so a change made by another request
   * or another node is seen by the next read.
   */
  private void name(String name, String jpql) {
    EntityManager scratch = factory.createEntityManager();
    try {
      factory.addNamedQuery(
          name, scratch.createQuery(jpql, Object[].class).setHint(ReadOnly.HINT, "true"));
    } finally {
      scratch.close();
    }
  }

  /** One user with its multi-valued rows, its manager's kind and its groups: one statement. */
  Optional<StoredUser> find(UUID id) {
    return oneUser(em.createNamedQuery(BY_ID, Object[].class).setParameter("id", id));
  }

  /** Reads the rows of {@link #ONE_USER}. */
  private Optional<StoredUser> oneUser(TypedQuery<Object[]> query) {
    List<Object[]> rows = query.getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] first = rows.get(0);
    UserEntity user = (UserEntity) first[0];
    List<UserValueEntity> values =
        rows.stream().map(row -> (UserValueEntity) row[1]).filter(Objects::nonNull).toList();
    boolean managerIsUser = (Boolean) first[2];
    List<GroupRef> memberships =
        userGroups == null ? List.of() : userGroups.fromJson((String) first[3]);
    return Optional.of(new StoredUser(user, values, memberships, managerIsUser));
  }

  StoredUser load(UserEntity user) {
    return page(List.of(user)).get(0);
  }

  /**
   * Each user with its multi-valued rows, groups and whether its manager is a user: at most three
   * statements for any page size.
   */
  List<StoredUser> page(List<UserEntity> users) {
    List<UUID> ids = users.stream().map(u -> u.id).toList();
    Map<UUID, List<UserValueEntity>> values = valuesOf(ids);
    Map<UUID, List<GroupRef>> memberships = groupsOf(ids);
    Set<String> managers = usersAmong(users);
    List<StoredUser> page = new ArrayList<>(users.size());
    for (UserEntity user : users) {
      page.add(
          new StoredUser(
              user,
              values.getOrDefault(user.id, List.of()),
              memberships.getOrDefault(user.id, List.of()),
              user.managerId != null && managers.contains(user.managerId)));
    }
    return page;
  }

  /** Whether {@code user}'s manager value is the id of a user. */
  boolean managerIsUser(UserEntity user) {
    // The stored value as the page read and the single user's read (ONE_USER) compares it: "ABC…"
    // names no user.
    return user.managerId != null && usersAmong(List.of(user)).contains(user.managerId);
  }

  /**
   * The manager values of {@code users} that are ids of users, as stored (a manager's value is any
   * string the identity provider sent; only a user's id gets a $ref). No statement when no manager
   * value is a UUID.
   */
  private Set<String> usersAmong(List<UserEntity> users) {
    Set<UUID> candidates = new HashSet<>();
    for (UserEntity user : users) {
      if (user.managerId != null) {
        ResourceIds.parse(user.managerId).ifPresent(candidates::add);
      }
    }
    if (candidates.isEmpty()) {
      return Set.of();
    }
    return em.createQuery(
            "SELECT u.id FROM UserEntity u WHERE " + JpqlIds.condition("u.id", candidates),
            UUID.class)
        .setParameter("ids", JpqlIds.parameter(candidates))
        .setHint(ReadOnly.HINT, "true")
        .getResultStream()
        .map(UUID::toString)
        .collect(Collectors.toSet());
  }

  /** The column {@code sortBy} names; empty when it is no stored single-valued attribute. */
  Optional<AttributeColumn> sortColumn(String sortBy) {
    return SCHEMA.find(sortBy).flatMap(storage::column);
  }

  /**
   * @throws io.roster.persistence.UntranslatableFilter when the filter names what is not stored
   */
  UserPage search(ListRequest request, AttributeColumn sortBy) {
    Optional<String> userName =
        request.page().byCursor() ? Optional.empty() : userNameEquals(request.filter());
    if (userName.isPresent()) {
      return byUserName(userName.get(), request.page());
    }
    PageQuery.Page<UserEntity> page =
        new PageQuery<>(em, UserEntity.class, SCHEMA, storage, cursors).find(request, sortBy);
    return new UserPage(page(page.rows()), page.total(), page.cursors());
  }

  /**
   * The lower-cased value of a filter {@code userName eq "value"}, the request Okta and Entra send
   * before each create; empty for any other filter. userName is unique case-insensitively, so such
   * a filter matches at most one user.
   */
  private static Optional<String> userNameEquals(Filter filter) {
    if (filter instanceof Filter.Compare compare
        && compare.operator() == Operator.EQ
        && compare.value() instanceof JsonString value
        && SCHEMA.find(compare.path()).filter(UserQueries::isUserName).isPresent()) {
      return Optional.of(value.getString().toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  private static boolean isUserName(ResolvedAttribute attribute) {
    return !attribute.extension()
        && attribute.subAttribute() == null
        && attribute.attribute().name().equals("userName");
  }

  /**
   * The page of a {@code userName eq} filter, read as {@link #find} reads one user: a named query
   * prepared once instead of a Criteria query built for each request, and an exact total of 0 or 1.
   */
  private UserPage byUserName(String lowerCaseUserName, PageRequest page) {
    Optional<StoredUser> user =
        oneUser(
            em.createNamedQuery(BY_USER_NAME, Object[].class)
                .setParameter("userName", lowerCaseUserName));
    boolean onPage = page.startIndex() == 1 && page.count() > 0;
    return new UserPage(
        user.filter(u -> onPage).stream().toList(), user.isPresent() ? 1 : 0, CursorLinks.NONE);
  }

  private Map<UUID, List<UserValueEntity>> valuesOf(List<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT v FROM UserValueEntity v WHERE "
                + JpqlIds.condition("v.userId", userIds)
                + " ORDER BY v.attribute, v.position",
            UserValueEntity.class)
        .setParameter("ids", JpqlIds.parameter(userIds))
        .setHint(ReadOnly.HINT, "true")
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(v -> v.userId));
  }

  private Map<UUID, List<GroupRef>> groupsOf(List<UUID> userIds) {
    return userGroups != null && !userIds.isEmpty() ? userGroups.of(userIds) : Map.of();
  }

  void deleteValues(UUID userId) {
    em.createQuery("DELETE FROM UserValueEntity v WHERE v.userId = :id")
        .setParameter("id", userId)
        .executeUpdate();
  }
}
