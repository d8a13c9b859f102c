package io.roster.user;

import io.roster.persistence.Column;
import io.roster.persistence.ElementTable;
import io.roster.persistence.StorageMapping;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.ResolvedAttribute;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where each User attribute lives in {@code scim_user} and {@code scim_user_value}. */
final class UserStorage implements StorageMapping {
  private final ElementTable groups;

  /** {@code groups} may be null when no groups feature is deployed. */
  UserStorage(ElementTable groups) {
    this.groups = groups;
  }

  /** SCIM path (lower case; extension attributes prefixed {@code ext:}) to JPA attribute. */
  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("id", "id"),
          Map.entry("externalid", "externalId"),
          Map.entry("username", "userName"),
          Map.entry("displayname", "displayName"),
          Map.entry("nickname", "nickName"),
          Map.entry("profileurl", "profileUrl"),
          Map.entry("title", "title"),
          Map.entry("usertype", "userType"),
          Map.entry("preferredlanguage", "preferredLanguage"),
          Map.entry("locale", "locale"),
          Map.entry("timezone", "timezone"),
          Map.entry("active", "active"),
          Map.entry("name.formatted", "nameFormatted"),
          Map.entry("name.familyname", "nameFamily"),
          Map.entry("name.givenname", "nameGiven"),
          Map.entry("name.middlename", "nameMiddle"),
          Map.entry("name.honorificprefix", "namePrefix"),
          Map.entry("name.honorificsuffix", "nameSuffix"),
          Map.entry("meta.created", "created"),
          Map.entry("meta.lastmodified", "lastModified"),
          Map.entry("ext:employeenumber", "employeeNumber"),
          Map.entry("ext:costcenter", "costCenter"),
          Map.entry("ext:organization", "organization"),
          Map.entry("ext:division", "division"),
          Map.entry("ext:department", "department"),
          Map.entry("ext:manager.value", "managerId"),
          Map.entry("ext:manager.displayname", "managerDisplay"));

  /** Sub-attributes of multi-valued elements, stored alike for every multi-valued attribute. */
  private static final Map<String, String> ELEMENT_COLUMNS =
      Map.ofEntries(
          Map.entry("value", "value"),
          Map.entry("display", "display"),
          Map.entry("type", "type"),
          Map.entry("primary", "primary"),
          Map.entry("formatted", "formatted"),
          Map.entry("streetaddress", "streetAddress"),
          Map.entry("locality", "locality"),
          Map.entry("region", "region"),
          Map.entry("postalcode", "postalCode"),
          Map.entry("country", "country"));

  @Override
  public Optional<Column> column(ResolvedAttribute attribute) {
    return Optional.ofNullable(COLUMNS.get(key(attribute)))
        .map(path -> new Column(path, attribute.definition().type(), caseExact(attribute)));
  }

  @Override
  public Optional<ElementTable> elements(ResolvedAttribute attribute) {
    Attribute multi = attribute.attribute();
    if (multi.name().equals("groups")) {
      return Optional.ofNullable(groups);
    }
    if (!UserValues.STORED.contains(multi.name())) {
      return Optional.empty();
    }
    Map<String, Column> subs =
        multi.subAttributes().stream()
            .filter(sub -> ELEMENT_COLUMNS.containsKey(lower(sub.name())))
            .collect(
                Collectors.toMap(
                    sub -> lower(sub.name()),
                    sub ->
                        new Column(
                            ELEMENT_COLUMNS.get(lower(sub.name())), sub.type(), sub.caseExact())));
    String defaultSub = multi.name().equals("addresses") ? "formatted" : "value";
    return Optional.of(
        new ElementTable(
            UserValueEntity.class, "userId", "attribute", multi.name(), subs, defaultSub));
  }

  @Override
  public String idPath() {
    return "id";
  }

  private static boolean caseExact(ResolvedAttribute attribute) {
    return attribute.definition().caseExact();
  }

  private static String key(ResolvedAttribute attribute) {
    String key =
        Stream.of(attribute.attribute(), attribute.subAttribute())
            .filter(a -> a != null)
            .map(a -> lower(a.name()))
            .collect(Collectors.joining("."));
    return attribute.extension() ? "ext:" + key : key;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
