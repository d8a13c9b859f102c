package io.roster.operations;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files an operator deploys Roster with ({@code Containerfile}, {@code deploy/kubernetes}),
 * read as the tools that use them read them, and the project files they must agree with ({@code
 * pom.xml}, {@code server-config/server.xml}). Paths are relative to the project folder, the
 * working directory of Surefire and Failsafe.
 */
final class Packaging {
  static final Path CONTAINERFILE = Path.of("Containerfile");
  static final Path KUBERNETES = Path.of("deploy", "kubernetes");
  static final Path SERVER_CONFIG = Path.of("server-config");

  private Packaging() {}

  /** One instruction of the Containerfile, continuation lines joined. */
  record Instruction(String keyword, String arguments) {
    List<String> words() {
      return List.of(arguments.trim().split("\\s+"));
    }
  }

  static List<Instruction> containerfile() throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(CONTAINERFILE)) {
      if (line.isBlank() || line.trim().startsWith("#")) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String text = current.append(line).toString().trim();
      current.setLength(0);
      int space = text.indexOf(' ');
      instructions.add(
          new Instruction(
              text.substring(0, space).toUpperCase(Locale.ROOT), text.substring(space)));
    }
    return instructions;
  }

  static List<Instruction> instructions(String keyword) throws IOException {
    return containerfile().stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  /** The {@code NAME=value} pairs of the Containerfile's ARG or ENV instructions, unquoted. */
  static Map<String, String> assignments(String keyword) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (Instruction instruction : instructions(keyword)) {
      for (String word : instruction.words()) {
        int equals = word.indexOf('=');
        if (equals > 0) {
          values.put(word.substring(0, equals), word.substring(equals + 1).replace("\"", ""));
        }
      }
    }
    return values;
  }

  /** The sources of every COPY, as written (relative to the build context, globs allowed). */
  static List<String> copySources() throws IOException {
    List<String> sources = new ArrayList<>();
    for (Instruction copy : instructions("COPY")) {
      List<String> words = copy.words().stream().filter(w -> !w.startsWith("--")).toList();
      sources.addAll(words.subList(0, words.size() - 1));
    }
    return sources;
  }

  /** The files a COPY source names: the file itself, or what its glob matches in its folder. */
  static List<Path> matches(String source) throws IOException {
    Path path = Path.of(source);
    Path folder = Objects.requireNonNullElse(path.getParent(), Path.of(""));
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> glob.matches(f.getFileName())).sorted().toList();
    }
  }

  /** Every document of a file of {@code deploy/kubernetes}, as YAML maps. */
  static List<Map<String, Object>> manifests(String file) throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(KUBERNETES.resolve(file))) {
      for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
        if (document != null) {
          documents.add(map(document));
        }
      }
    }
    return documents;
  }

  /** The one document of {@code kind} named {@code name} in {@code file}. */
  static Map<String, Object> manifest(String file, String kind, String name) throws IOException {
    return manifests(file).stream()
        .filter(d -> kind.equals(d.get("kind")) && name.equals(at(d, "metadata", "name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + file));
  }

  /** The value at a path of map keys, null where the path ends early. */
  static Object at(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object node) {
    return node instanceof List<?> ? (List<Map<String, Object>>) node : List.of();
  }

  /** server.xml's {@code <variable name defaultValue>}s. */
  static Map<String, String> serverVariables() throws Exception {
    Map<String, String> variables = new LinkedHashMap<>();
    NodeList nodes = xml(SERVER_CONFIG.resolve("server.xml")).getElementsByTagName("variable");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element variable = (Element) nodes.item(i);
      variables.put(variable.getAttribute("name"), variable.getAttribute("defaultValue"));
    }
    return variables;
  }

  /** server.xml's {@code <feature>}s, as written. */
  static List<String> serverFeatures() throws Exception {
    List<String> features = new ArrayList<>();
    NodeList nodes = xml(SERVER_CONFIG.resolve("server.xml")).getElementsByTagName("feature");
    for (int i = 0; i < nodes.getLength(); i++) {
      features.add(nodes.item(i).getTextContent().trim());
    }
    return features;
  }

  /** A {@code <properties>} value of pom.xml. */
  static String pomProperty(String name) throws Exception {
    NodeList nodes = xml(Path.of("pom.xml")).getElementsByTagName(name);
    if (nodes.getLength() != 1) {
      throw new AssertionError("pom.xml has no single <" + name + ">");
    }
    return nodes.item(0).getTextContent().trim();
  }

  private static Document xml(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  /**
   * The environment variable that sets a server.xml variable or a MicroProfile Config property:
   * every character other than a letter or digit becomes {@code _}, the rest upper case (the rule
   * Liberty and MicroProfile Config share).
   */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
