package io.roster.user;

import io.roster.scim.filter.AttributePath;
import io.roster.scim.filter.Filter;
import io.roster.scim.filter.Operator;
import io.roster.scim.json.Jsons;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.PageRequest;
import io.roster.scim.protocol.Sort;
import io.roster.scim.schema.Projection;
import io.roster.scim.schema.ResourceSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's view of users: a free-text search over userName, names and emails, paged in SQL
 * through the same filter translation as {@code GET /scim/Users}, and one user's SCIM document.
 */
@ApplicationScoped
@Transactional
public class UserDirectory {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject UserQueries queries;

  /** What the search text is compared with, in the order of a filter a client would write. */
  private static final List<AttributePath> SEARCHED =
      List.of(
          AttributePath.of("userName"),
          AttributePath.of("displayName"),
          AttributePath.of("name", "formatted"),
          AttributePath.of("name", "givenName"),
          AttributePath.of("name", "familyName"),
          AttributePath.of("emails", "value"));

  private static final Sort BY_USER_NAME = new Sort("userName", false);

  /** One row of the console's user list. */
  public record Summary(
      UUID id,
      String userName,
      String displayName,
      String email,
      boolean active,
      List<GroupRef> groups) {}

  public record Page(long total, List<Summary> users) {}

  /** Users matching {@code text} (case-insensitive, any part), by userName; all when blank. */
  public Page search(String text, int offset, int limit) {
    Filter filter = text == null || text.isBlank() ? null : matching(text);
    ListRequest request =
        new ListRequest(
            filter,
            BY_USER_NAME,
            new PageRequest(offset + 1, limit),
            Projection.defaults(ResourceSchema.USER));
    UserPage page =
        queries.search(request, queries.sortColumn(BY_USER_NAME.attribute()).orElseThrow());
    return new Page(
        page.totalResults(), page.users().stream().map(UserDirectory::summary).toList());
  }

  /** The user's SCIM representation (without location URLs). */
  public Optional<JsonObject> find(UUID id) {
    UserEntity user = em.find(UserEntity.class, id);
    return Optional.ofNullable(user).map(u -> queries.load(u).toJson(null));
  }

  /** Any of {@link #SEARCHED} contains the stripped text, case-insensitively. */
  static Filter matching(String text) {
    var literal = Jsons.createValue(text.strip());
    return SEARCHED.stream()
        .<Filter>map(path -> new Filter.Compare(path, Operator.CO, literal))
        .reduce(Filter.Or::new)
        .orElseThrow();
  }

  private static Summary summary(StoredUser stored) {
    UserEntity u = stored.user();
    String name = DisplayName.of(u.displayName, u.nameFormatted, u.nameGiven, u.nameFamily);
    String email =
        stored.values().stream()
            .filter(v -> v.attribute.equals("emails") && v.value != null)
            .sorted((a, b) -> Boolean.compare(isPrimary(b), isPrimary(a)))
            .map(v -> v.value)
            .findFirst()
            .orElse(null);
    return new Summary(u.id, u.userName, name, email, u.active, stored.groups());
  }

  private static boolean isPrimary(UserValueEntity value) {
    return Boolean.TRUE.equals(value.primary);
  }
}
