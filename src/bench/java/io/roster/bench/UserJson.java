package io.roster.bench;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

/** A User as an identity provider pushes it: core, two emails and the enterprise extension. */
final class UserJson {
  static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String ORGANIZATION = "Bench Corp";

  /** Looked up once: {@code JSON.create...} looks the provider up on every call. */
  static final JsonProvider JSON = JsonProvider.provider();

  private UserJson() {}

  static JsonObject of(Person p, String userName, String title) {
    var enterprise =
        JSON.createObjectBuilder()
            .add("employeeNumber", p.employeeNumber())
            .add("costCenter", p.costCenter())
            .add("organization", ORGANIZATION)
            .add("division", p.division())
            .add("department", p.department());
    Person manager = p.manager();
    if (manager != null) {
      enterprise.add("manager", JSON.createObjectBuilder().add("value", manager.id().toString()));
    }
    return JSON.createObjectBuilder()
        .add("schemas", JSON.createArrayBuilder().add(CORE).add(ENTERPRISE))
        .add("userName", userName)
        .add("externalId", p.externalId())
        .add(
            "name",
            JSON.createObjectBuilder()
                .add("formatted", p.displayName())
                .add("familyName", p.family())
                .add("givenName", p.given()))
        .add("displayName", p.displayName())
        .add("title", title)
        .add("userType", "Employee")
        .add("preferredLanguage", p.locale())
        .add("locale", p.locale())
        .add("timezone", p.timezone())
        .add("active", true)
        .add(
            "emails",
            JSON.createArrayBuilder()
                .add(email(userName, "work", true))
                .add(email(p.homeEmail(), "home", false)))
        .add(ENTERPRISE, enterprise)
        .build();
  }

  private static JsonObject email(String value, String type, boolean primary) {
    var email = JSON.createObjectBuilder().add("value", value).add("type", type);
    return (primary ? email.add("primary", true) : email).build();
  }
}
