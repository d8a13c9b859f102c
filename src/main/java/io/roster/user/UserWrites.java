package io.roster.user;

import io.roster.scim.protocol.ResourceWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** {@code /Bulk} operations on Users, through {@link UserService} like {@code /Users} itself. */
@ApplicationScoped
public class UserWrites implements ResourceWrites {
  @Inject UserService users;

  @Override
  public String endpoint() {
    return "Users";
  }

  @Override
  public Written create(JsonObject body) {
    return written(users.create(body));
  }

  @Override
  public Written replace(String id, JsonObject body, String ifMatch) {
    return written(users.replace(id, body, ifMatch));
  }

  @Override
  public Written patch(String id, JsonObject body, String ifMatch) {
    return written(users.patch(id, body, ifMatch));
  }

  @Override
  public void delete(String id, String ifMatch) {
    users.delete(id, ifMatch);
  }

  private static Written written(StoredUser user) {
    return new Written(user.user().id().toString(), user.user().version());
  }
}
