package io.roster.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What {@link PackagingFilesTest} cannot see without the packaged build and a running server: the
 * Containerfile's build context exists after {@code mvn package}, and the Deployment's probes are
 * paths that Roster's server answers UP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackagingIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void everyCopySourceExistsAfterPackageAndTheWarIsTheTestedOne() throws Exception {
    assumeFalse(
        Boolean.getBoolean("roster.runnable.skip"),
        "the JDBC driver is copied from the runnable server, left out by -Drunnable.skip");
    Path testedWar = Path.of(System.getProperty("roster.war", "target/roster.war"));
    boolean warCopied = false;
    for (String source : Packaging.copySources()) {
      List<Path> files = Packaging.matches(source);
      assertFalse(files.isEmpty(), "COPY source missing after mvn package: " + source);
      warCopied |=
          files.stream().anyMatch(f -> f.toAbsolutePath().equals(testedWar.toAbsolutePath()));
    }
    assertTrue(warCopied, "the image holds the WAR the tests deploy: " + testedWar);
  }

  @Test
  void theDeploymentsProbesAnswerUp() throws Exception {
    Map<String, Object> container = PackagingFilesTest.container();
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      String path = (String) Packaging.at(container, probe, "httpGet", "path");
      HttpResponse<String> answer =
          Http.send(HttpRequest.newBuilder(URI.create(ScimClient.BASE + path)), "GET", null, null);
      assertEquals(200, answer.statusCode(), probe + " " + path + ": " + answer.body());
      assertEquals("UP", Http.json(answer).getString("status"), probe + " " + path);
    }
  }
}
