package io.roster.user;

import static io.roster.persistence.StoredAttribute.column;
import static io.roster.persistence.StoredAttribute.text;

import io.roster.persistence.StoredAttribute;
import io.roster.scim.filter.AttributePath;
import io.roster.scim.schema.EnterpriseUserSchema;
import java.util.List;

/**
 * The User's single-valued attributes and their columns in {@code scim_user}, in the order a GET
 * shows them: {@link UserMapper} copies them, filters and sortBy find their columns here. Adding an
 * attribute is one line (and its column).
 */
final class UserAttributes {
  static final String ENTERPRISE = EnterpriseUserSchema.URN;

  static final List<StoredAttribute<UserEntity>> TABLE =
      List.of(
          column(core("id"), "id"),
          column(core("externalId"), "externalId"),
          column(core("userName"), "userName"),
          text(core("displayName"), "displayName", u -> u.displayName, (u, v) -> u.displayName = v),
          text(core("nickName"), "nickName", u -> u.nickName, (u, v) -> u.nickName = v),
          text(core("profileUrl"), "profileUrl", u -> u.profileUrl, (u, v) -> u.profileUrl = v),
          text(core("title"), "title", u -> u.title, (u, v) -> u.title = v),
          text(core("userType"), "userType", u -> u.userType, (u, v) -> u.userType = v),
          text(
              core("preferredLanguage"),
              "preferredLanguage",
              u -> u.preferredLanguage,
              (u, v) -> u.preferredLanguage = v),
          text(core("locale"), "locale", u -> u.locale, (u, v) -> u.locale = v),
          text(core("timezone"), "timezone", u -> u.timezone, (u, v) -> u.timezone = v),
          column(core("active"), "active"),
          text(
              name("formatted"),
              "nameFormatted",
              u -> u.nameFormatted,
              (u, v) -> u.nameFormatted = v),
          text(name("familyName"), "nameFamily", u -> u.nameFamily, (u, v) -> u.nameFamily = v),
          text(name("givenName"), "nameGiven", u -> u.nameGiven, (u, v) -> u.nameGiven = v),
          text(name("middleName"), "nameMiddle", u -> u.nameMiddle, (u, v) -> u.nameMiddle = v),
          text(
              name("honorificPrefix"), "namePrefix", u -> u.namePrefix, (u, v) -> u.namePrefix = v),
          text(
              name("honorificSuffix"), "nameSuffix", u -> u.nameSuffix, (u, v) -> u.nameSuffix = v),
          column(AttributePath.of("meta", "created"), "created"),
          column(AttributePath.of("meta", "lastModified"), "lastModified"),
          text(
              enterprise("employeeNumber", null),
              "employeeNumber",
              u -> u.employeeNumber,
              (u, v) -> u.employeeNumber = v),
          text(
              enterprise("costCenter", null),
              "costCenter",
              u -> u.costCenter,
              (u, v) -> u.costCenter = v),
          text(
              enterprise("organization", null),
              "organization",
              u -> u.organization,
              (u, v) -> u.organization = v),
          text(enterprise("division", null), "division", u -> u.division, (u, v) -> u.division = v),
          text(
              enterprise("department", null),
              "department",
              u -> u.department,
              (u, v) -> u.department = v),
          text(
              enterprise("manager", "value"),
              "managerId",
              u -> u.managerId,
              (u, v) -> u.managerId = v),
          text(
              enterprise("manager", "displayName"),
              "managerDisplay",
              u -> u.managerDisplay,
              (u, v) -> u.managerDisplay = v));

  private UserAttributes() {}

  /** The attributes the mapper copies that sit directly in {@code parent} of schema {@code urn}. */
  static List<StoredAttribute<UserEntity>> copiedIn(String urn, String parent) {
    return TABLE.stream().filter(a -> a.copied() && a.in(urn, parent)).toList();
  }

  private static AttributePath core(String name) {
    return AttributePath.of(name);
  }

  private static AttributePath name(String sub) {
    return AttributePath.of("name", sub);
  }

  private static AttributePath enterprise(String name, String sub) {
    return new AttributePath(ENTERPRISE, name, sub);
  }
}
