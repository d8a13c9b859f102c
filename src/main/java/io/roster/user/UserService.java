package io.roster.user;

import io.roster.events.AccessChanging;
import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.persistence.AttributeColumn;
import io.roster.persistence.Constraints;
import io.roster.persistence.JpqlIds;
import io.roster.persistence.ResourceIds;
import io.roster.persistence.UntranslatableFilter;
import io.roster.scim.error.ScimException;
import io.roster.scim.json.Jsons;
import io.roster.scim.patch.PatchEngine;
import io.roster.scim.patch.PatchRequest;
import io.roster.scim.patch.ResourceInput;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.ResourcePage;
import io.roster.scim.protocol.Sort;
import io.roster.scim.protocol.Versions;
import io.roster.scim.schema.Projection;
import io.roster.scim.schema.ResourceSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules of SCIM user provisioning. Every change is one transaction ({@code @Transactional} on
 * each writing method): a request that fails changes nothing. Reads run without one: under READ
 * COMMITTED a transaction would not give their statements one snapshot either, and it would add a
 * commit to every read. They carry no annotation at all, so that no interceptor runs on them (JFR:
 * 4.6 % of a read's server CPU in the interceptor of {@code TxType.SUPPORTS}). Uniqueness of
 * userName is the database's (a unique index), so two racing creates cannot both succeed.
 */
@ApplicationScoped
public class UserService {
  private static final ResourceSchema SCHEMA = ResourceSchema.USER;
  private static final String PASSWORD_SET = "password set";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject UserQueries queries;
  @Inject Event<ResourceChanged> changes;
  @Inject Event<AccessChanging> accessChanging;

  @Transactional
  public StoredUser create(JsonObject body) {
    JsonObject input = ResourceInput.normalize(body, SCHEMA);
    UserEntity user = new UserEntity();
    user.id = UUID.randomUUID();
    user.created = Constraints.now();
    user.lastModified = user.created;
    user.version = 1;
    write(user, input);
    em.persist(user);
    List<UserValueEntity> values = UserValues.toRows(user.id, input);
    values.forEach(em::persist);
    flushUnique(user.userName);
    StoredUser stored = new StoredUser(user, values, List.of(), queries.managerIsUser(user));
    changes.fire(event(Action.USER_CREATED, stored, summary(user, input)));
    return stored;
  }

  public StoredUser get(String id) {
    return ResourceIds.parse(id).flatMap(queries::find).orElseThrow(() -> notFound(id));
  }

  /** One page of users as SCIM JSON, projected; {@code scimBase} starts their locations. */
  public ResourcePage search(ListRequest request, String scimBase) {
    Sort sort = request.sort();
    AttributeColumn sortBy =
        sort.given() ? queries.sortColumn(sort.attribute()).orElseThrow(sort::unsortable) : null;
    UserPage page;
    try {
      page = queries.search(request, sortBy);
    } catch (UntranslatableFilter e) {
      throw ScimException.invalidFilter(e.getMessage());
    }
    Projection projection = request.projection();
    return new ResourcePage(
        page.users().stream().map(u -> projection.apply(u.toJson(scimBase))).toList(),
        page.totalResults(),
        page.cursors());
  }

  @Transactional
  public StoredUser replace(String id, JsonObject body, String ifMatch) {
    UserEntity user = lock(id);
    Versions.checkIfMatch(ifMatch, user.version);
    StoredUser current = queries.load(user);
    return update(current, current.toJson(null), ResourceInput.normalize(body, SCHEMA));
  }

  /** PATCH applies to the current representation, then takes the path of a PUT. */
  @Transactional
  public StoredUser patch(String id, JsonObject body, String ifMatch) {
    var operations = PatchRequest.parse(body);
    UserEntity user = lock(id);
    Versions.checkIfMatch(ifMatch, user.version);
    StoredUser current = queries.load(user);
    JsonObject currentJson = current.toJson(null);
    JsonObject patched = PatchEngine.apply(currentJson, operations, SCHEMA);
    if (!patched.containsKey("active")) {
      // RFC 7643 gives active no default, and a user is either active or not: see README (PATCH).
      throw ScimException.invalidValue(
          "active cannot be removed: replace it with false to deactivate the user");
    }
    return update(current, currentJson, ResourceInput.normalize(patched, SCHEMA));
  }

  @Transactional
  public void delete(String id, String ifMatch) {
    UserEntity user = lock(id);
    Versions.checkIfMatch(ifMatch, user.version);
    StoredUser last = queries.load(user);
    accessChanging.fire(AccessChanging.person(user.id));
    em.remove(user);
    changes.fire(event(Action.USER_DELETED, last, null));
  }

  /** {@code currentJson}: {@code current} as {@code toJson(null)} shows it, built once. */
  private StoredUser update(StoredUser current, JsonObject currentJson, JsonObject input) {
    UserEntity user = current.user();
    JsonObject before = withoutMeta(currentJson);
    boolean wasActive = user.active;
    if (wasActive != (input.get("active") != JsonValue.FALSE)) {
      accessChanging.fire(AccessChanging.person(user.id));
    }
    String managerBefore = user.managerId;
    write(user, input);
    List<UserValueEntity> values = UserValues.toRows(user.id, input);
    boolean valuesChanged =
        !Objects.equals(UserValues.toJson(values), UserValues.toJson(current.values()));
    // An unchanged manager value was looked up with the user just now: no statement again.
    boolean managerIsUser =
        Objects.equals(managerBefore, user.managerId)
            ? current.managerIsUser()
            : queries.managerIsUser(user);
    StoredUser after =
        new StoredUser(
            user, valuesChanged ? values : current.values(), current.groups(), managerIsUser);
    if (before.equals(withoutMeta(after.toJson(null)))) {
      if (input.containsKey("password")) {
        changes.fire(event(Action.USER_UPDATED, after, PASSWORD_SET));
      }
      return after;
    }
    user.lastModified = Constraints.now();
    user.version++;
    // Before the bulk delete below, which would write the row itself, past the uniqueness check.
    flushUnique(user.userName);
    if (valuesChanged) {
      queries.deleteValues(user.id);
      values.forEach(em::persist);
    }
    changes.fire(event(action(wasActive, user.active), after, summary(user, input)));
    return after;
  }

  private void write(UserEntity user, JsonObject input) {
    if (!(input.get("userName") instanceof JsonString name) || name.getString().isBlank()) {
      throw ScimException.invalidValue("userName is required");
    }
    UserMapper.apply(input, user);
  }

  /** A password is accepted and dropped: Roster authenticates nobody with it. Never its value. */
  private static String summary(UserEntity user, JsonObject input) {
    return "active=" + user.active + (input.containsKey("password") ? "; " + PASSWORD_SET : "");
  }

  /** The user's row, locked until the change commits. */
  private UserEntity lock(String id) {
    return ResourceIds.parse(id)
        .map(uuid -> JpqlIds.row(em, UserEntity.class, uuid, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> notFound(id));
  }

  private static ScimException notFound(String id) {
    return ScimException.notFound("User " + id + " not found");
  }

  private void flushUnique(String userName) {
    Constraints.flushUnique(
        em, () -> ScimException.uniqueness("userName " + userName + " is already taken"));
  }

  private static JsonObject withoutMeta(JsonObject json) {
    var copy = Jsons.createObjectBuilder(json);
    copy.remove("meta");
    return copy.build();
  }

  private static Action action(boolean wasActive, boolean active) {
    if (wasActive && !active) {
      return Action.USER_DEACTIVATED;
    }
    if (!wasActive && active) {
      return Action.USER_REACTIVATED;
    }
    return Action.USER_UPDATED;
  }

  /** The event carries the user as the API shows it, for the host application's events. */
  private static ResourceChanged event(Action action, StoredUser stored, String summary) {
    UserEntity user = stored.user();
    return new ResourceChanged(
        action, "User", user.id.toString(), user.userName, summary, stored.toJson(null));
  }
}
