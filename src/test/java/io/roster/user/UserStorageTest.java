package io.roster.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.persistence.AttributeColumn;
import io.roster.persistence.ElementTable;
import io.roster.scim.schema.AttributeType;
import io.roster.scim.schema.ResourceSchema;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a filter's or sortBy's attribute name lands in storage, without a database. */
class UserStorageTest {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";

  final UserStorage storage = new UserStorage(null);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "userName, userName, STRING, false",
        "USERNAME, userName, STRING, false",
        "id, id, STRING, true",
        "externalId, externalId, STRING, true",
        "displayName, displayName, STRING, false",
        "active, active, BOOLEAN, false",
        "name.givenName, nameGiven, STRING, false",
        "Name.FamilyName, nameFamily, STRING, false",
        "meta.created, created, DATETIME, false",
        "meta.lastModified, lastModified, DATETIME, false",
        CORE + ":title, title, STRING, false",
        ENTERPRISE + ":employeeNumber, employeeNumber, STRING, false",
        ENTERPRISE + ":manager.value, managerId, STRING, false",
        ENTERPRISE + ":manager.displayName, managerDisplay, STRING, false",
        "password, none, none, false",
        "name, none, none, false",
        "emails, none, none, false",
        "meta.version, none, none, false"
      })
  void singleValuedAttributesHaveOneColumn(
      String scimName, String field, AttributeType type, boolean caseExact) {
    Optional<AttributeColumn> column = ResourceSchema.USER.find(scimName).flatMap(storage::column);
    assertEquals(
        Optional.ofNullable(field).map(f -> new AttributeColumn(f, type, caseExact)), column);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "none",
      value = {
        "emails, none, value, value",
        "emails, TYPE, type, type",
        "phoneNumbers, none, value, value",
        "addresses, none, formatted, formatted",
        "addresses, postalCode, postalCode, postalCode",
        "x509Certificates, none, value, value"
      })
  void multiValuedAttributesAreElementRowsOfTheirOwnKind(
      String attribute, String sub, String expectedSub, String field) {
    ElementTable table =
        ResourceSchema.USER.find(attribute).flatMap(storage::elements).orElseThrow();
    assertEquals(UserValueEntity.class, table.entity());
    assertEquals(attribute, table.discriminator());
    assertEquals(field, table.subAttribute(sub).orElseThrow().path(), expectedSub);
  }

  @ParameterizedTest
  @CsvSource({"groups", "name", "userName"})
  void onlyStoredMultiValuedAttributesHaveElementRows(String attribute) {
    assertTrue(ResourceSchema.USER.find(attribute).flatMap(storage::elements).isEmpty());
  }
}
