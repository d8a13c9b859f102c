package io.roster.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.filter.AttributePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceSchemaTest {
  private static final String CORE = UserSchema.URN;
  private static final String ENTERPRISE = EnterpriseUserSchema.URN;

  @Test
  void namesTheMembersADefaultProjectionMayTrim() {
    assertTrue(ResourceSchema.USER.hiddenByDefault("password"));
    assertTrue(ResourceSchema.USER.hiddenByDefault("PassWord"));
    assertFalse(ResourceSchema.USER.hiddenByDefault("userName"));
    assertFalse(ResourceSchema.USER.hiddenByDefault("emails"));
    assertFalse(ResourceSchema.USER.hiddenByDefault(ENTERPRISE));
    assertFalse(ResourceSchema.USER.hiddenByDefault("shoeSize"));
    assertFalse(ResourceSchema.GROUP.hiddenByDefault("members"));
  }

  @ParameterizedTest(name = "{0}:{1}.{2}")
  @CsvSource({
    ",userName,,userName,false",
    ",USERNAME,,userName,false",
    CORE + ",userName,,userName,false",
    "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER,userName,,userName,false",
    ",name,givenname,givenName,false",
    ",emails,VALUE,value,false",
    ",id,,id,false",
    ",meta,lastModified,lastModified,false",
    ENTERPRISE + ",employeeNumber,,employeeNumber,true",
    ENTERPRISE + ",manager,value,value,true",
  })
  void resolves(String urn, String attribute, String sub, String expected, boolean extension) {
    AttributePath path = new AttributePath(urn, attribute, sub);
    assertEquals(expected, ResourceSchema.USER.resolve(path, ScimException::invalidFilter).name());
    assertEquals(extension, ResourceSchema.USER.find(path).orElseThrow().extension());
  }

  @ParameterizedTest
  @CsvSource({
    ",shoeSize,",
    ",name,nick",
    ",userName,first",
    ",employeeNumber,",
    ENTERPRISE + ",userName,",
    "urn:example:unknown,userName,",
  })
  void unknownPathsThrowTheCallersException(String urn, String attribute, String sub) {
    AttributePath path = new AttributePath(urn, attribute, sub);
    assertEquals(
        ScimType.INVALID_PATH,
        assertThrows(
                ScimException.class,
                () -> ResourceSchema.USER.resolve(path, ScimException::invalidPath))
            .scimType());
    assertEquals(
        ScimType.INVALID_FILTER,
        assertThrows(
                ScimException.class,
                () -> ResourceSchema.USER.resolve(path, ScimException::invalidFilter))
            .scimType());
  }

  @ParameterizedTest
  @CsvSource({
    "userName,userName,",
    "name.familyName,name,familyName",
    CORE + ":name.familyName,name,familyName",
    ENTERPRISE + ":manager.value,manager,value",
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:DEPARTMENT,department,",
  })
  void findsTextualNames(String name, String attribute, String sub) {
    ResolvedAttribute r = ResourceSchema.USER.find(name).orElseThrow();
    assertEquals(attribute, r.attribute().name());
    assertEquals(sub, r.subAttribute() == null ? null : r.subAttribute().name());
  }

  @Test
  void wholeExtensionIsRecognizedFromASplitPath() {
    AttributePath split =
        new AttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User", null);
    assertEquals(
        EnterpriseUserSchema.SCHEMA, ResourceSchema.USER.wholeExtension(split).orElseThrow());
    assertTrue(ResourceSchema.GROUP.wholeExtension(split).isEmpty());
    assertTrue(ResourceSchema.USER.find(ENTERPRISE).isEmpty());
  }

  @Test
  void definitionsCarryTheRfcCharacteristics() {
    Attribute userName = UserSchema.SCHEMA.attribute("username").orElseThrow();
    assertTrue(userName.required());
    assertFalse(userName.caseExact());
    assertEquals(Uniqueness.SERVER, userName.uniqueness());
    Attribute password = UserSchema.SCHEMA.attribute("password").orElseThrow();
    assertEquals(Mutability.WRITE_ONLY, password.mutability());
    assertEquals(Returned.NEVER, password.returned());
    assertEquals(
        Mutability.READ_ONLY, UserSchema.SCHEMA.attribute("groups").orElseThrow().mutability());
    assertEquals(
        AttributeType.BINARY,
        UserSchema.SCHEMA
            .attribute("x509Certificates")
            .orElseThrow()
            .subAttribute("value")
            .orElseThrow()
            .type());
    assertEquals(Returned.ALWAYS, CommonAttributes.ID.returned());
    assertTrue(CommonAttributes.ID.caseExact());
    Attribute members = GroupSchema.SCHEMA.attribute("members").orElseThrow();
    assertEquals(Mutability.IMMUTABLE, members.subAttribute("value").orElseThrow().mutability());
    assertEquals(
        java.util.List.of("User", "Group"),
        members.subAttribute("type").orElseThrow().canonicalValues());
    assertEquals(
        Mutability.READ_ONLY,
        EnterpriseUserSchema.SCHEMA
            .attribute("manager")
            .orElseThrow()
            .subAttribute("displayName")
            .orElseThrow()
            .mutability());
    assertNull(ResourceSchema.USER.find("meta").orElseThrow().extensionUrn());
  }
}
