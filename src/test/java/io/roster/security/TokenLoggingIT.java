package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import io.roster.testing.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "This token is highly sensitive": it must not reach any of the server's log files. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenLoggingIT {
  static final Path LOGS =
      Path.of(
          "target/liberty/wlp/usr/servers",
          System.getProperty("roster.test.server.name", "rosterIT"),
          "logs");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void tokensNeverReachTheServerLogs() throws IOException {
    ScimTestClient scim = ScimTestClient.create();
    assertEquals(200, scim.get("/scim/ServiceProviderConfig").statusCode());
    assertEquals(404, scim.get("/scim/NoSuchThing?token=x").statusCode());
    AdminApi.send("DELETE", "/api/admin/scim/tokens/" + scim.tokenId(), null);
    assertEquals(401, scim.get("/scim/ServiceProviderConfig").statusCode());

    List<Path> logs;
    try (Stream<Path> files = Files.walk(LOGS)) {
      logs = files.filter(Files::isRegularFile).toList();
    }
    assertTrue(logs.stream().anyMatch(p -> p.endsWith("messages.log")), logs.toString());
    for (Path log : logs) {
      String text = Files.readString(log, StandardCharsets.ISO_8859_1);
      assertFalse(text.contains(scim.token()), "token in " + log);
      assertFalse(text.contains(TokenSecrets.hash(scim.token())), "token hash in " + log);
      assertFalse(text.contains(AdminApi.PASSWORD), "admin password in " + log);
    }
  }

  /**
   * Nor the provisioning log's table: not the token, its hash, the admin's password, nor a password
   * an identity provider sends for a user (only the attribute's name is kept).
   */
  @Test
  void secretsNeverReachTheProvisioningLog() throws Exception {
    ScimTestClient scim = ScimTestClient.create();
    String password = "user-secret-" + UUID.randomUUID();
    String userName = "leak-" + UUID.randomUUID();
    HttpResponse<String> created =
        scim.post(
            "/scim/Users?token=" + scim.token(),
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\",\"password\":\""
                + password
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(400, scim.post("/scim/Users", "{\"password\": \"" + password + "\"").statusCode());
    assertEquals(
        401, AdminApi.sendAs("admin", password, "GET", "/api/admin/scim", null).statusCode());

    try (Connection c = TestDatabase.connect()) {
      String attributes = null;
      for (int i = 0; i < 100 && attributes == null; i++) {
        Thread.sleep(100);
        attributes =
            text(
                c, "SELECT attributes FROM provisioning_request WHERE resource_name = ?", userName);
      }
      assertEquals("userName,password", attributes, "names kept, values not");
      String leaks = "SELECT count(*) FROM provisioning_request p WHERE strpos(p::text, ?) > 0";
      for (String secret :
          List.of(scim.token(), TokenSecrets.hash(scim.token()), AdminApi.PASSWORD, password)) {
        assertEquals("0", text(c, leaks, secret), "a secret in provisioning_request");
      }
    }
  }

  private static String text(Connection c, String sql, String parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /** Liberty must leave the admin API's Basic header alone (webAppSecurity in server.xml). */
  @Test
  void libertyDoesNotTryTheBasicHeaderItself() throws IOException {
    assertEquals(200, AdminApi.get("/api/admin/scim").statusCode());
    String messages = Files.readString(LOGS.resolve("messages.log"), StandardCharsets.ISO_8859_1);
    assertFalse(messages.contains("CWWKS3005E"), "Liberty looked for a user registry");
  }
}
