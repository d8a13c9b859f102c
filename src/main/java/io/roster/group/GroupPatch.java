package io.roster.group;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.Filter;
import io.roster.scim.filter.FilterVisitor;
import io.roster.scim.filter.Operator;
import io.roster.scim.filter.PatchPath;
import io.roster.scim.json.Jsons;
import io.roster.scim.patch.PatchOperation;
import io.roster.scim.patch.PatchOperation.Op;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Splits a Group PATCH into membership changes, applied as SQL over the members named, and changes
 * to the group's own attributes, applied by the PATCH engine. Understands every shape Okta and
 * Entra send for members.
 */
final class GroupPatch {
  sealed interface MemberChange {}

  record Add(List<UUID> userIds) implements MemberChange {}

  record Remove(List<UUID> userIds) implements MemberChange {}

  record Replace(List<UUID> userIds) implements MemberChange {}

  record RemoveAll() implements MemberChange {}

  record Plan(List<PatchOperation> attributeChanges, List<MemberChange> memberChanges) {}

  private GroupPatch() {}

  static Plan plan(List<PatchOperation> operations) {
    List<PatchOperation> attributes = new ArrayList<>();
    List<MemberChange> members = new ArrayList<>();
    for (PatchOperation op : operations) {
      if (op.path() == null) {
        splitPathless(op, attributes, members);
      } else if (isMembers(op.path().attribute().attribute())) {
        members.add(memberChange(op));
      } else {
        attributes.add(op);
      }
    }
    return new Plan(attributes, members);
  }

  /** Okta's rename {@code {"id": ..., "displayName": ...}} may carry {@code members} too. */
  private static void splitPathless(
      PatchOperation op, List<PatchOperation> attributes, List<MemberChange> members) {
    if (!(op.value() instanceof JsonObject value)) {
      throw ScimException.invalidValue("A PATCH without path needs an object value");
    }
    JsonObjectBuilder rest = Jsons.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : value.entrySet()) {
      if (isMembers(e.getKey())) {
        List<UUID> ids = userIds(e.getValue());
        members.add(op.op() == Op.ADD ? new Add(ids) : new Replace(ids));
      } else {
        rest.add(e.getKey(), e.getValue());
      }
    }
    JsonObject others = rest.build();
    if (!others.isEmpty()) {
      attributes.add(new PatchOperation(op.op(), null, others));
    }
  }

  private static MemberChange memberChange(PatchOperation op) {
    PatchPath path = op.path();
    if (path.subAttribute() != null || path.attribute().subAttribute() != null) {
      throw ScimException.invalidPath("Members can only be added, removed or replaced whole");
    }
    if (path.valueFilter() != null) {
      if (op.op() != Op.REMOVE) {
        throw ScimException.invalidPath("A members[...] filter is only supported for remove");
      }
      return new Remove(filteredIds(path.valueFilter()));
    }
    return switch (op.op()) {
      case ADD -> new Add(userIds(op.value()));
      case REPLACE -> new Replace(userIds(op.value()));
      case REMOVE -> op.value() == null ? new RemoveAll() : new Remove(userIds(op.value()));
    };
  }

  /** {@code members[value eq "a"]}, or several such joined by {@code or}. */
  private static List<UUID> filteredIds(Filter filter) {
    return filter.accept(FilteredIds.INSTANCE);
  }

  /** The ids a members[...] filter names; any other shape of filter is refused. */
  private static final class FilteredIds implements FilterVisitor<List<UUID>> {
    static final FilteredIds INSTANCE = new FilteredIds();

    @Override
    public List<UUID> or(Filter.Or f) {
      List<UUID> ids = new ArrayList<>(f.left().accept(this));
      ids.addAll(f.right().accept(this));
      return ids;
    }

    @Override
    public List<UUID> compare(Filter.Compare c) {
      if (c.operator() == Operator.EQ
          && c.path().attribute().equalsIgnoreCase("value")
          && c.value() instanceof JsonString s) {
        return List.of(MemberIds.parse(s.getString()));
      }
      throw unsupported();
    }

    @Override
    public List<UUID> present(Filter.Present f) {
      throw unsupported();
    }

    @Override
    public List<UUID> and(Filter.And f) {
      throw unsupported();
    }

    @Override
    public List<UUID> not(Filter.Not f) {
      throw unsupported();
    }

    @Override
    public List<UUID> valuePath(Filter.ValuePath f) {
      throw unsupported();
    }

    private static ScimException unsupported() {
      return ScimException.invalidFilter("Members are removed by value eq \"id\" filters");
    }
  }

  /** A list of {@code {"value": id}} objects; Entra may send one object, not a list. */
  private static List<UUID> userIds(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    JsonArray array =
        value instanceof JsonArray a ? a : Jsons.createArrayBuilder().add(value).build();
    List<UUID> ids = new ArrayList<>(array.size());
    for (JsonValue element : array) {
      if (!(element instanceof JsonObject member)
          || !(member.get("value") instanceof JsonString id)) {
        throw ScimException.invalidValue("Each member needs a \"value\" with the user's id");
      }
      ids.add(MemberIds.parse(id.getString()));
    }
    return ids;
  }

  private static boolean isMembers(String name) {
    return name.equalsIgnoreCase("members");
  }
}
