package io.roster.search;

import io.roster.group.GroupService;
import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.PageRequest;
import io.roster.scim.protocol.ResourcePage;
import io.roster.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A search across resource types: the matching Users, then the matching Groups, each type sorted as
 * asked (by id when no {@code sortBy}), paged over that concatenation. The filter applies to each
 * type where it can: a type whose attributes it does not name (a {@code userName} filter for
 * Groups) contributes nothing, and only a filter no type understands is refused. The two reads are
 * two statements without a common snapshot, like two list requests.
 */
@ApplicationScoped
public class RootSearch {
  @Inject UserService users;
  @Inject GroupService groups;

  /** {@code forUsers} and {@code forGroups}: one request, its projection read per schema. */
  public ResourcePage search(ListRequest forUsers, ListRequest forGroups, String scimBase) {
    PageRequest asked = forUsers.page();
    List<ScimException> refusals = new ArrayList<>(2);
    ResourcePage userPage = orNothing(() -> users.search(forUsers, scimBase), refusals);
    int usersShown = userPage.resources().size();
    PageRequest rest =
        new PageRequest(
            (int) Math.max(1, asked.startIndex() - userPage.totalResults()),
            asked.count() - usersShown);
    ListRequest groupRequest =
        new ListRequest(forGroups.filter(), forGroups.sort(), rest, forGroups.projection());
    ResourcePage groupPage = orNothing(() -> groups.search(groupRequest, scimBase), refusals);
    if (refusals.size() == 2) {
      throw refusals.get(0);
    }
    List<JsonObject> resources = new ArrayList<>(userPage.resources());
    resources.addAll(groupPage.resources());
    return new ResourcePage(resources, userPage.totalResults() + groupPage.totalResults());
  }

  /** A filter this type cannot evaluate matches none of its resources. */
  private static ResourcePage orNothing(
      Supplier<ResourcePage> search, List<ScimException> refusals) {
    try {
      return search.get();
    } catch (ScimException e) {
      if (e.scimType() != ScimType.INVALID_FILTER) {
        throw e;
      }
      refusals.add(e);
      return new ResourcePage(List.of(), 0);
    }
  }
}
