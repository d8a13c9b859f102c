package io.roster.user;

import io.roster.scim.filter.Filter;
import io.roster.scim.filter.FilterParser;
import io.roster.scim.http.ListParameters;
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
    Filter filter = text == null || text.isBlank() ? null : FilterParser.parse(matching(text));
    UserPage page =
        queries.search(
            new ListParameters(filter, offset + 1, limit, "userName", false, null, null));
    return new Page(
        page.totalResults(), page.users().stream().map(UserDirectory::summary).toList());
  }

  /** The user's SCIM representation (without location URLs). */
  public Optional<JsonObject> find(UUID id) {
    UserEntity user = em.find(UserEntity.class, id);
    return Optional.ofNullable(user).map(u -> queries.load(u).toJson(null));
  }

  static String matching(String text) {
    String literal = "\"" + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return String.join(
            " or ",
            List.of(
                    "userName",
                    "displayName",
                    "name.formatted",
                    "name.givenName",
                    "name.familyName")
                .stream()
                .map(a -> a + " co " + literal)
                .toList())
        + " or emails.value co "
        + literal;
  }

  private static Summary summary(StoredUser stored) {
    UserEntity u = stored.user();
    String name = u.displayName != null ? u.displayName : u.nameFormatted;
    if (name == null && (u.nameGiven != null || u.nameFamily != null)) {
      name = String.join(" ", List.of(n(u.nameGiven), n(u.nameFamily))).strip();
    }
    String email =
        stored.values().stream()
            .filter(v -> v.attribute.equals("emails") && v.value != null)
            .sorted((a, b) -> Boolean.compare(b.primary, a.primary))
            .map(v -> v.value)
            .findFirst()
            .orElse(null);
    return new Summary(u.id, u.userName, name, email, u.active, stored.groups());
  }

  private static String n(String s) {
    return s == null ? "" : s;
  }
}
