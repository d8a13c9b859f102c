package io.roster.user;

import io.roster.testing.ScimClient;
import jakarta.json.Json;
import java.util.UUID;

/** Users as Okta and Entra create them, each with a userName no other test uses. */
final class UserFixtures {
  private UserFixtures() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** Okta's "Push new user" body. */
  static String oktaUser(String userName) {
    return """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName":"%1$s","name":{"givenName":"Ada","familyName":"Lovelace"},
         "emails":[{"primary":true,"value":"%1$s","type":"work"}],
         "displayName":"Ada Lovelace","locale":"en-US","externalId":"00u%2$s",
         "groups":[],"password":"1mP0ssible!","active":true}
        """
        .formatted(userName, UUID.randomUUID().toString().substring(0, 8));
  }

  /** Entra's create body, with the enterprise extension. */
  static String entraUser(String userName, String employeeNumber) {
    return """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "externalId":"%3$s","userName":"%1$s","active":true,
         "emails":[{"primary":true,"type":"work","value":"%1$s"}],
         "name":{"formatted":"Grace Hopper","familyName":"Hopper","givenName":"Grace"},
         "roles":[],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
           "employeeNumber":"%2$s","department":"Navy","costCenter":"CC-1",
           "organization":"US","division":"R&D","manager":{"value":"boss-1"}}}
        """
        .formatted(userName, employeeNumber, UUID.randomUUID());
  }

  /** A new group whose one member is the user {@code userId}. */
  static ScimClient.Response groupOf(ScimClient scim, String userId) {
    return groupOf(scim, unique("group"), userId);
  }

  /** A new group named {@code displayName} whose one member is the user {@code userId}. */
  static ScimClient.Response groupOf(ScimClient scim, String displayName, String userId) {
    var body =
        Json.createObjectBuilder()
            .add("displayName", displayName)
            .add(
                "members",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", userId)))
            .build();
    ScimClient.Response group = scim.post("/Groups", body.toString());
    if (group.status() != 201) {
      throw new AssertionError("group create failed: " + group);
    }
    return group;
  }

  static ScimClient.Response create(ScimClient scim, String body) {
    ScimClient.Response created = scim.post("/Users", body);
    if (created.status() != 201) {
      throw new AssertionError("create failed: " + created);
    }
    return created;
  }
}
