package io.roster.console;

import io.roster.audit.AuditEntryView;
import io.roster.audit.AuditQuery;
import io.roster.audit.AuditSearch;
import io.roster.provisioning.ProvisioningEntry;
import io.roster.provisioning.ProvisioningQuery;
import io.roster.provisioning.ProvisioningSearch;
import io.roster.role.RoleService;
import io.roster.role.UserAccess;
import io.roster.user.DisplayName;
import io.roster.user.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code console/user.xhtml?id=}: one user, its roles, effective access and recent history. */
@Named
@RequestScoped
public class UserBacking {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Inject UserDirectory directory;
  @Inject RoleService roles;
  @Inject AuditSearch audit;
  @Inject ProvisioningSearch provisioning;

  private String id;
  private JsonObject user;
  private UserAccess access;
  private List<AuditEntryView> history;
  private List<ProvisioningEntry> requests;

  public void load() throws IOException {
    user = parse(id) == null ? null : directory.find(parse(id)).orElse(null);
    if (user == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such user");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    access = roles.accessOf(user.getString("userName")).orElse(null);
    history = audit.find(new AuditQuery(null, null, null, null, "User", id, 0, 10)).entries();
    requests = provisioning.find(ProvisioningQuery.forResource(id, 10)).entries();
  }

  private static UUID parse(String id) {
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The latest requests identity providers made about this user, failed ones included. */
  public List<ProvisioningEntry> getRequests() {
    return requests;
  }

  public JsonObject getUser() {
    return user;
  }

  /** A string attribute, a sub-attribute ("name.formatted") or null. */
  public String attr(String path) {
    JsonValue value = user;
    for (String part : path.split("\\.")) {
      if (!(value instanceof JsonObject o) || !o.containsKey(part)) {
        return null;
      }
      value = o.get(part);
    }
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case TRUE, FALSE, NUMBER -> value.toString();
      default -> null;
    };
  }

  /** The display name, else the formatted name, else given and family name. */
  public String getName() {
    String name =
        DisplayName.of(
            attr("displayName"),
            attr("name.formatted"),
            attr("name.givenName"),
            attr("name.familyName"));
    return name == null ? "" : name;
  }

  /** The elements of a multi-valued attribute such as emails, or none. */
  public List<JsonObject> values(String attribute) {
    return user.get(attribute) instanceof JsonArray array
        ? array.getValuesAs(JsonObject.class)
        : List.of();
  }

  /** An enterprise extension attribute; for the manager, its display name or id. */
  public String enterprise(String attribute) {
    if (!(user.get(ENTERPRISE) instanceof JsonObject extension)) {
      return null;
    }
    JsonValue value = extension.get(attribute);
    if (value instanceof JsonObject manager) {
      return manager.containsKey("displayName")
          ? manager.getString("displayName", null)
          : manager.getString("value", null);
    }
    return value instanceof JsonString s ? s.getString() : null;
  }

  public String getJson() {
    StringWriter out = new StringWriter();
    try (var writer =
        jakarta.json.Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(out)) {
      writer.write(user);
    }
    return out.toString().strip();
  }

  public UserAccess getAccess() {
    return access;
  }

  public List<AuditEntryView> getHistory() {
    return history;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
