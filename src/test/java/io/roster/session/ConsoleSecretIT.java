package io.roster.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.operations.ConsoleClient;
import io.roster.testing.AdminApi;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console secret from a mounted file: rotated without a restart, the previous secret accepted
 * while it is listed, refused once it is gone; a too short secret refused.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleSecretIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(ConsoleClient.class);
  }

  @Inject ConsoleSecret secret;

  private static void write(Path file, String content, int step) throws Exception {
    Files.writeString(file, content);
    // A new modification time for each step, even within the file system's time resolution.
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + step * 2000L));
  }

  @Test
  void aSecretFileRotatesWithoutARestart() throws Exception {
    String base =
        "http://localhost:" + ConfigProvider.getConfig().getValue("http.port", String.class);
    String first = "first-console-secret-0123456789abcdef";
    String second = "second-console-secret-0123456789abcdef";
    Path file = Files.createTempFile("console-secret", ".txt");
    System.setProperty(ConsoleSecret.FILE, file.toString());
    try {
      write(file, first + "\n", 1);
      assertEquals("the file " + file, secret.refresh().source());
      ConsoleClient before = new ConsoleClient();
      assertTrue(before.signIn(base, AdminApi.USER, AdminApi.PASSWORD));

      write(file, second + "\n" + first + "\n", 2);
      secret.refresh();
      assertTrue(before.signedIn(base), "a cookie of the previous secret, during the rotation");
      ConsoleClient after = new ConsoleClient();
      assertTrue(after.signIn(base, AdminApi.USER, AdminApi.PASSWORD));

      write(file, second + "\n", 3);
      secret.refresh();
      assertFalse(before.signedIn(base), "the previous secret is no longer listed");
      assertTrue(after.signedIn(base));

      write(file, "too-short\n", 4);
      IllegalStateException refused = assertThrows(IllegalStateException.class, secret::refresh);
      assertTrue(refused.getMessage().contains("at least 32 characters"), refused.getMessage());
    } finally {
      System.clearProperty(ConsoleSecret.FILE);
      secret.refresh();
      Files.delete(file);
    }
  }
}
