package io.roster.group;

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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rules of SCIM groups, which are the application's roles. Each change is one transaction
 * ({@code @Transactional} on each writing method); writers lock the group row, so concurrent member
 * changes to one group all land, in turn. Reads carry no annotation, so that no interceptor runs on
 * them (see UserService); streaming the members needs one transaction, for PostgreSQL's cursor.
 */
@ApplicationScoped
public class GroupService {
  private static final ResourceSchema SCHEMA = ResourceSchema.GROUP;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject GroupQueries queries;
  @Inject MemberChanges memberChanges;
  @Inject Event<ResourceChanged> changes;
  @Inject Event<AccessChanging> accessChanging;

  @Transactional
  public StoredGroup create(JsonObject body) {
    JsonObject input = ResourceInput.normalize(body, SCHEMA);
    GroupEntity group = new GroupEntity();
    group.id = UUID.randomUUID();
    group.created = Constraints.now();
    group.lastModified = group.created;
    group.version = 1;
    write(group, input);
    em.persist(group);
    flushUnique(group);
    changes.fire(event(Action.GROUP_CREATED, group, null, GroupMapper.attributes(group)));
    membersAdded(group, members(() -> memberChanges.add(group.id, memberIds(input))));
    return queries.load(group, true);
  }

  public StoredGroup get(String id, boolean withMembers) {
    return queries.load(find(id, LockModeType.NONE), withMembers);
  }

  /**
   * Hands each member of the group to {@code each} as it is read, for an answer written while the
   * members are read (see {@link GroupQueries#forEachMember}); one read-only transaction.
   */
  @Transactional
  public void forEachMember(UUID groupId, Consumer<Member> each) {
    queries.forEachMember(groupId, each);
  }

  /**
   * One page of groups as SCIM JSON, projected (members read only when the projection shows them);
   * {@code scimBase} starts their locations.
   */
  public ResourcePage search(ListRequest request, String scimBase) {
    Sort sort = request.sort();
    AttributeColumn sortBy =
        sort.given() ? queries.sortColumn(sort.attribute()).orElseThrow(sort::unsortable) : null;
    Projection projection = request.projection();
    GroupPage page;
    try {
      page = queries.search(request, sortBy, projection.includes("members"));
    } catch (UntranslatableFilter e) {
      throw ScimException.invalidFilter(e.getMessage());
    }
    return new ResourcePage(
        page.groups().stream().map(g -> projection.apply(g.toJson(scimBase))).toList(),
        page.totalResults(),
        page.cursors());
  }

  /** PUT: attributes and the whole member list become what the body says. */
  @Transactional
  public StoredGroup replace(String id, JsonObject body, String ifMatch) {
    GroupEntity group = find(id, LockModeType.PESSIMISTIC_WRITE);
    Versions.checkIfMatch(ifMatch, group.version);
    JsonObject input = ResourceInput.normalize(body, SCHEMA);
    boolean changed = applyAttributes(group, input);
    List<UUID> wanted = memberIds(input);
    accessChanging.fire(AccessChanging.wholeMembership(group.id, wanted));
    var members = members(() -> memberChanges.replace(group.id, wanted));
    membersAdded(group, members.added());
    membersRemoved(group, members.removed());
    touch(group, changed || !members.added().isEmpty() || !members.removed().isEmpty());
    return queries.load(group, true);
  }

  /** PATCH: member operations as SQL over the members named; the rest through the engine. */
  @Transactional
  public StoredGroup patch(String id, JsonObject body, String ifMatch, boolean withMembers) {
    GroupPatch.Plan plan = GroupPatch.plan(PatchRequest.parse(body));
    GroupEntity group = find(id, LockModeType.PESSIMISTIC_WRITE);
    Versions.checkIfMatch(ifMatch, group.version);
    boolean changed = false;
    if (!plan.attributeChanges().isEmpty()) {
      JsonObject patched =
          PatchEngine.apply(GroupMapper.attributes(group), plan.attributeChanges(), SCHEMA);
      changed = applyAttributes(group, ResourceInput.normalize(patched, SCHEMA));
    }
    for (GroupPatch.MemberChange change : plan.memberChanges()) {
      changed |= applyMembers(group, change);
    }
    touch(group, changed);
    return queries.load(group, withMembers);
  }

  @Transactional
  public void delete(String id, String ifMatch) {
    GroupEntity group = find(id, LockModeType.PESSIMISTIC_WRITE);
    Versions.checkIfMatch(ifMatch, group.version);
    accessChanging.fire(AccessChanging.groupDeleted(group.id));
    JsonObject last = GroupMapper.attributes(group);
    em.remove(group);
    changes.fire(event(Action.GROUP_DELETED, group, null, last));
  }

  private boolean applyMembers(GroupEntity group, GroupPatch.MemberChange change) {
    List<UUID> added = List.of();
    List<UUID> removed = List.of();
    if (change instanceof GroupPatch.Add add) {
      accessChanging.fire(AccessChanging.membership(group.id, add.userIds()));
      added = members(() -> memberChanges.add(group.id, add.userIds()));
    } else if (change instanceof GroupPatch.Remove remove) {
      accessChanging.fire(AccessChanging.membership(group.id, remove.userIds()));
      removed = memberChanges.remove(group.id, remove.userIds());
    } else if (change instanceof GroupPatch.Replace replace) {
      accessChanging.fire(AccessChanging.wholeMembership(group.id, replace.userIds()));
      var result = members(() -> memberChanges.replace(group.id, replace.userIds()));
      added = result.added();
      removed = result.removed();
    } else {
      accessChanging.fire(AccessChanging.wholeMembership(group.id, List.of()));
      removed = memberChanges.replace(group.id, List.of()).removed();
    }
    membersAdded(group, added);
    membersRemoved(group, removed);
    return !added.isEmpty() || !removed.isEmpty();
  }

  /** Writes displayName and externalId; true when they changed. A rename keeps the role. */
  private boolean applyAttributes(GroupEntity group, JsonObject input) {
    String oldName = group.displayName;
    String oldExternalId = group.externalId;
    write(group, input);
    boolean renamed = !group.displayName.equals(oldName);
    if (renamed) {
      flushUnique(group);
      JsonObject data =
          Jsons.createObjectBuilder(GroupMapper.attributes(group))
              .add("previousDisplayName", oldName)
              .build();
      changes.fire(event(Action.GROUP_RENAMED, group, "from " + oldName, data));
    }
    return renamed || !Objects.equals(oldExternalId, group.externalId);
  }

  private void touch(GroupEntity group, boolean changed) {
    if (changed) {
      group.version++;
      group.lastModified = Constraints.now();
    }
  }

  private void write(GroupEntity group, JsonObject input) {
    if (!(input.get("displayName") instanceof JsonString name) || name.getString().isBlank()) {
      throw ScimException.invalidValue("displayName is required");
    }
    GroupMapper.apply(input, group);
  }

  /** Runs a member change; ids of no user are the client's mistake (400), and nothing changed. */
  private static <T> T members(Supplier<T> change) {
    try {
      return change.get();
    } catch (UnknownMembers e) {
      throw MemberIds.notAUser("");
    }
  }

  private static List<UUID> memberIds(JsonObject input) {
    List<UUID> ids = new ArrayList<>();
    if (input.get("members") instanceof JsonArray members) {
      for (JsonValue member : members) {
        ids.add(MemberIds.parse(member.asJsonObject().getString("value", "")));
      }
    }
    return ids;
  }

  private void membersAdded(GroupEntity group, List<UUID> userIds) {
    userIds.forEach(u -> changes.fire(memberEvent(Action.GROUP_MEMBER_ADDED, group, u)));
  }

  private void membersRemoved(GroupEntity group, List<UUID> userIds) {
    userIds.forEach(u -> changes.fire(memberEvent(Action.GROUP_MEMBER_REMOVED, group, u)));
  }

  /** The group (id and name) and the member as the group's {@code members} shows its value. */
  private static ResourceChanged memberEvent(Action action, GroupEntity group, UUID userId) {
    JsonObject data =
        Jsons.createObjectBuilder()
            .add(
                "group",
                Jsons.createObjectBuilder()
                    .add("id", group.id.toString())
                    .add("displayName", group.displayName))
            .add(
                "member",
                Jsons.createObjectBuilder().add("value", userId.toString()).add("type", "User"))
            .build();
    return event(action, group, "user " + userId, data);
  }

  private GroupEntity find(String id, LockModeType lock) {
    return ResourceIds.parse(id)
        .map(uuid -> JpqlIds.row(em, GroupEntity.class, uuid, lock))
        .orElseThrow(() -> ScimException.notFound("Group " + id + " not found"));
  }

  private void flushUnique(GroupEntity group) {
    Constraints.flushUnique(
        em,
        () -> ScimException.uniqueness("displayName " + group.displayName + " is already taken"));
  }

  private static ResourceChanged event(
      Action action, GroupEntity group, String summary, JsonObject data) {
    return new ResourceChanged(
        action, "Group", group.id.toString(), group.displayName, summary, data);
  }
}
