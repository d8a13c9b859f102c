package io.roster.scim.patch;

import static io.roster.scim.patch.TestJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.schema.ResourceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceInputTest {
  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  @Test
  void theCoreSchemaWithExtensionsAndVendorUrnsIsAccepted() {
    String body =
        "{'schemas':['"
            + USER
            + "','urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',"
            + "'urn:ietf:params:scim:schemas:extension:CustomExtension'],'userName':'ada'}";
    assertEquals(
        "ada", ResourceInput.normalize(object(body), ResourceSchema.USER).getString("userName"));
  }

  @Test
  void aBodyWithoutSchemasIsAccepted() {
    assertEquals(
        "ada",
        ResourceInput.normalize(object("{'userName':'ada'}"), ResourceSchema.USER)
            .getString("userName"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'userName':'ada'}",
        "{'schemas':['urn:bogus'],'userName':'ada'}",
        "{'schemas':[],'userName':'ada'}",
        "{'schemas':'" + USER + "','userName':'ada'}",
        "{'SCHEMAS':[42],'userName':'ada'}"
      })
  void schemasWithoutTheResourcesCoreSchemaAreInvalid(String body) {
    ScimException e =
        assertThrows(
            ScimException.class, () -> ResourceInput.normalize(object(body), ResourceSchema.USER));
    assertEquals(400, e.status());
    assertEquals(ScimType.INVALID_VALUE, e.scimType());
  }
}
