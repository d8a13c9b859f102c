package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** Liberty must leave the admin API's Basic header alone (webAppSecurity in server.xml). */
  @Test
  void libertyDoesNotTryTheBasicHeaderItself() throws IOException {
    assertEquals(200, AdminApi.get("/api/admin/scim").statusCode());
    String messages = Files.readString(LOGS.resolve("messages.log"), StandardCharsets.ISO_8859_1);
    assertFalse(messages.contains("CWWKS3005E"), "Liberty looked for a user registry");
  }
}
