package io.roster.operations;

import static io.roster.operations.Packaging.at;
import static io.roster.operations.Packaging.list;
import static io.roster.operations.Packaging.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an operator relies on in the Containerfile and the Kubernetes manifests, checked against the
 * project files they must agree with. No container engine or cluster is needed (CI has neither);
 * {@code PackagingIT} adds what needs the packaged build and a running server.
 */
class PackagingFilesTest {
  static final String DEPLOYMENT = "roster.yaml";
  static final String SECRETS = "secret.yaml";

  /** Settings that are credentials: never a literal value in a manifest. */
  static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|KEY)(_PREVIOUS)?");

  /** The database connection: each variable from a Secret. */
  static final List<String> DATABASE =
      List.of("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD");

  static Map<String, Object> deployment() throws IOException {
    return Packaging.manifest(DEPLOYMENT, "Deployment", "roster");
  }

  static Map<String, Object> container() throws IOException {
    List<Map<String, Object>> containers =
        list(at(deployment(), "spec", "template", "spec", "containers"));
    assertEquals(1, containers.size(), "one container per pod");
    return containers.get(0);
  }

  /** The port Liberty listens on in the image: server.xml's default unless the image sets one. */
  static int imagePort() throws Exception {
    String fromImage = Packaging.assignments("ENV").get("HTTP_PORT");
    String fromServer = Packaging.serverVariables().get("http.port");
    return Integer.parseInt(fromImage != null ? fromImage : fromServer);
  }

  /** A probe's or Service's port: a number, or the name of one of the container's ports. */
  static int containerPort(Object port) throws IOException {
    if (port instanceof Integer number) {
      return number;
    }
    for (Map<String, Object> declared : list(container().get("ports"))) {
      if (port.equals(declared.get("name"))) {
        return (Integer) declared.get("containerPort");
      }
    }
    throw new AssertionError("the container has no port named " + port);
  }

  @Test
  void theImageIsTheOpenLibertyReleaseAndJavaThePomBuildsFor() throws Exception {
    String image = Packaging.assignments("ARG").get("LIBERTY_IMAGE");
    assertNotNull(image, "ARG LIBERTY_IMAGE=<the default image>");
    assertEquals(
        List.of("${LIBERTY_IMAGE}"), Packaging.instructions("FROM").get(0).words(), "FROM");
    Matcher tag =
        Pattern.compile("icr\\.io/appcafe/open-liberty:([0-9.]+)-kernel-slim-java(\\d+)-.*")
            .matcher(image);
    assertTrue(tag.matches(), "an official Open Liberty kernel-slim image: " + image);
    assertEquals(Packaging.pomProperty("liberty.runtime.version"), tag.group(1), image);
    assertTrue(
        Integer.parseInt(tag.group(2))
            >= Integer.parseInt(Packaging.pomProperty("maven.compiler.release")),
        "the image's Java runs the compiled classes: " + image);
  }

  /** kernel-slim has no feature until features.sh installs server.xml's; configure.sh is last. */
  @Test
  void theImageInstallsTheFeaturesOfItsServerXml() throws IOException {
    List<Packaging.Instruction> steps = Packaging.containerfile();
    int serverXml = -1;
    int features = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).keyword().equals("COPY")
          && steps.get(i).words().contains("server-config/server.xml")) {
        serverXml = i;
      } else if (steps.get(i).arguments().trim().equals("features.sh")) {
        features = i;
      }
    }
    assertTrue(serverXml >= 0, "server.xml copied into the image");
    assertTrue(features > serverXml, "RUN features.sh after server.xml is in /config");
    assertEquals("configure.sh", steps.get(steps.size() - 1).arguments().trim(), "last step");
  }

  /**
   * features.sh installs server.xml's features from Liberty's repository, which lacks Roster's own
   * user features (src/main/liberty-extension): the image copies them into the runtime's
   * usr/extension first, from where {@code mvn package} puts them.
   */
  @Test
  void rostersUserFeaturesAreCopiedIntoTheRuntimeBeforeFeaturesSh() throws Exception {
    List<String> userFeatures =
        Packaging.serverFeatures().stream().filter(f -> f.startsWith("usr:")).toList();
    assertFalse(userFeatures.isEmpty(), "server.xml lists Roster's user feature");
    for (String feature : userFeatures) {
      Path manifest =
          Path.of("src", "main", "liberty-extension", "features", feature.substring(4) + ".mf");
      assertTrue(Files.exists(manifest), feature + ": no " + manifest);
    }
    List<Packaging.Instruction> steps = Packaging.containerfile();
    int copied = -1;
    int features = -1;
    for (int i = 0; i < steps.size(); i++) {
      List<String> words = steps.get(i).words();
      if (steps.get(i).keyword().equals("COPY")
          && words.contains("target/liberty/wlp/usr/extension/")
          && words.get(words.size() - 1).equals("/opt/ol/wlp/usr/extension/")) {
        copied = i;
      } else if (steps.get(i).arguments().trim().equals("features.sh")) {
        features = i;
      }
    }
    assertTrue(copied >= 0, "usr/extension copied into the image's runtime");
    assertTrue(features > copied, "RUN features.sh after usr/extension is in the runtime");
  }

  /** The container is configured like the runnable server, which takes all of server-config. */
  @Test
  void everyServerConfigFileIsCopiedAndEverySourceOutsideTargetExists() throws IOException {
    Set<Path> copied = new TreeSet<>();
    for (String source : Packaging.copySources()) {
      if (!source.startsWith("target/")) {
        List<Path> files = Packaging.matches(source);
        assertFalse(files.isEmpty(), "COPY source missing: " + source);
        copied.addAll(files);
      }
    }
    try (Stream<Path> files = Files.list(Packaging.SERVER_CONFIG)) {
      assertEquals(new TreeSet<>(files.toList()), copied, "server-config files in the image");
    }
  }

  @Test
  void theImageListensOnTheDeclaredPortOnEveryInterface() throws Exception {
    Map<String, String> env = Packaging.assignments("ENV");
    assertEquals("*", env.get("HTTP_HOST"), "reachable from outside the container");
    int port = imagePort();
    List<String> exposed = new ArrayList<>();
    for (Packaging.Instruction expose : Packaging.instructions("EXPOSE")) {
      exposed.addAll(expose.words());
    }
    assertTrue(exposed.contains(String.valueOf(port)), "EXPOSE " + port + ": " + exposed);
  }

  @Test
  void twoReplicasWhoseProbesAskLibertysHealthOnTheImagesPort() throws Exception {
    assertEquals(2, at(deployment(), "spec", "replicas"), "replicas");
    Map<String, Object> container = container();
    int port = imagePort();
    Map<String, String> probes =
        Map.of(
            "startupProbe", "/health/started",
            "readinessProbe", "/health/ready",
            "livenessProbe", "/health/live");
    for (Map.Entry<String, String> probe : probes.entrySet()) {
      Object get = at(container, probe.getKey(), "httpGet");
      assertNotNull(get, probe.getKey() + ".httpGet");
      assertEquals(probe.getValue(), at(get, "path"), probe.getKey());
      assertEquals(port, containerPort(at(get, "port")), probe.getKey() + " port");
    }
  }

  @Test
  void theServiceSelectsThePodsAndTargetsTheirPort() throws Exception {
    Map<String, Object> deployment = deployment();
    Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
    Map<String, Object> matchLabels = map(at(deployment, "spec", "selector", "matchLabels"));
    assertFalse(matchLabels.isEmpty(), "the Deployment selects by label");
    assertTrue(podLabels.entrySet().containsAll(matchLabels.entrySet()), "Deployment selector");

    Map<String, Object> service = Packaging.manifest(DEPLOYMENT, "Service", "roster");
    Map<String, Object> selector = map(at(service, "spec", "selector"));
    assertFalse(selector.isEmpty(), "the Service selects by label");
    assertTrue(
        podLabels.entrySet().containsAll(selector.entrySet()),
        "Service selector " + selector + " matches the pods' labels " + podLabels);
    List<Map<String, Object>> ports = list(at(service, "spec", "ports"));
    assertFalse(ports.isEmpty(), "Service ports");
    for (Map<String, Object> port : ports) {
      assertEquals(imagePort(), containerPort(port.get("targetPort")), "Service targetPort");
    }
  }

  /**
   * The names the Deployment sets, each from where it comes: {@code value}, {@code secret} (an
   * {@code envFrom} Secret or a {@code secretKeyRef}) or another reference.
   */
  static Map<String, String> environment() throws IOException {
    Map<String, String> sources = new HashMap<>();
    Map<String, Object> container = container();
    for (Map<String, Object> from : list(container.get("envFrom"))) {
      Object secret = at(from, "secretRef", "name");
      assertNotNull(secret, "envFrom only from Secrets: " + from);
      for (String key : secretKeys((String) secret)) {
        sources.put(key, "secret");
      }
    }
    for (Map<String, Object> variable : list(container.get("env"))) {
      String name = (String) variable.get("name");
      if (variable.containsKey("value")) {
        sources.put(name, "value");
      } else if (at(variable, "valueFrom", "secretKeyRef") != null) {
        String secret = (String) at(variable, "valueFrom", "secretKeyRef", "name");
        String key = (String) at(variable, "valueFrom", "secretKeyRef", "key");
        assertTrue(secretKeys(secret).contains(key), name + ": no key " + key + " in " + secret);
        sources.put(name, "secret");
      } else {
        sources.put(name, "reference");
      }
    }
    return sources;
  }

  /** The keys of a Secret of secret.yaml. */
  static Set<String> secretKeys(String name) throws IOException {
    Map<String, Object> secret = Packaging.manifest(SECRETS, "Secret", name);
    Set<String> keys = new HashSet<>(map(secret.get("stringData")).keySet());
    keys.addAll(map(secret.get("data")).keySet());
    return keys;
  }

  /** The environment names server.xml's variables and the code's configuration keys listen to. */
  static Set<String> namesRosterReads() throws Exception {
    Set<String> names = new TreeSet<>();
    for (String variable : Packaging.serverVariables().keySet()) {
      names.add(Packaging.environmentName(variable));
    }
    Pattern key = Pattern.compile("\"((?:roster|db)\\.[a-z0-9.-]+)\"");
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = key.matcher(Files.readString(source));
        while (matcher.find()) {
          names.add(Packaging.environmentName(matcher.group(1)));
        }
      }
    }
    return names;
  }

  @Test
  void everyVariableTheDeploymentSetsIsOneRosterReads() throws Exception {
    Set<String> read = namesRosterReads();
    assertTrue(read.containsAll(DATABASE), "the scan finds server.xml's variables: " + read);
    assertTrue(read.contains("ROSTER_CONSOLE_SECRET_FILE"), "the scan finds code keys: " + read);
    Set<String> unknown = new TreeSet<>(environment().keySet());
    unknown.removeAll(read);
    assertEquals(Set.of(), unknown, "set by the Deployment, read by nothing");
  }

  @Test
  void theDatabaseConnectionAndCredentialsComeFromSecrets() throws Exception {
    Map<String, String> environment = environment();
    for (String name : DATABASE) {
      assertEquals("secret", environment.get(name), name);
    }
    environment.forEach(
        (name, source) -> {
          if (CREDENTIAL.matcher(name).matches() && !source.equals("secret")) {
            fail(name + " is a credential, set from " + source + " instead of a Secret");
          }
        });
  }

  /**
   * The console secret is a file of a mounted Secret (not a subPath mount, which Kubernetes never
   * updates), so that a rotation reaches the running pods.
   */
  @Test
  void theConsoleSecretIsAFileOfAMountedSecret() throws Exception {
    Map<String, Object> container = container();
    String file = null;
    for (Map<String, Object> variable : list(container.get("env"))) {
      if ("ROSTER_CONSOLE_SECRET_FILE".equals(variable.get("name"))) {
        file = (String) variable.get("value");
      }
    }
    assertNotNull(file, "ROSTER_CONSOLE_SECRET_FILE set");
    Map<String, String> volumeSecrets = new HashMap<>();
    for (Map<String, Object> volume :
        list(at(deployment(), "spec", "template", "spec", "volumes"))) {
      Object secret = at(volume, "secret", "secretName");
      if (secret != null) {
        volumeSecrets.put((String) volume.get("name"), (String) secret);
      }
    }
    for (Map<String, Object> mount : list(container.get("volumeMounts"))) {
      String folder = mount.get("mountPath") + "/";
      String secret = volumeSecrets.get(mount.get("name"));
      if (secret != null && file.startsWith(folder)) {
        assertFalse(mount.containsKey("subPath"), "a subPath mount is never updated");
        String key = file.substring(folder.length());
        assertTrue(secretKeys(secret).contains(key), "Secret " + secret + " has key " + key);
        return;
      }
    }
    fail(file + " is not in a mounted Secret");
  }
}
