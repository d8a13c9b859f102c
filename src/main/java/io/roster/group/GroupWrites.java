package io.roster.group;

import io.roster.scim.protocol.ResourceWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * {@code /Bulk} operations on Groups, through {@link GroupService} like {@code /Groups} itself; a
 * bulk response carries no resource, so a PATCH loads no members.
 */
@ApplicationScoped
public class GroupWrites implements ResourceWrites {
  @Inject GroupService groups;

  @Override
  public String endpoint() {
    return "Groups";
  }

  @Override
  public Written create(JsonObject body) {
    return written(groups.create(body));
  }

  @Override
  public Written replace(String id, JsonObject body, String ifMatch) {
    return written(groups.replace(id, body, ifMatch));
  }

  @Override
  public Written patch(String id, JsonObject body, String ifMatch) {
    return written(groups.patch(id, body, ifMatch, false));
  }

  @Override
  public void delete(String id, String ifMatch) {
    groups.delete(id, ifMatch);
  }

  private static Written written(StoredGroup group) {
    return new Written(group.group().id().toString(), group.group().version);
  }
}
