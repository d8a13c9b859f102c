package io.roster.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The harness settings, given as {@code --key=value} arguments by the pom's bench profile. */
record BenchOptions(
    URI url,
    String dbUrl,
    String dbUser,
    String dbPassword,
    List<String> scenarios,
    List<Integer> clients,
    Duration serverWarmUp,
    Duration warmUp,
    Duration duration,
    double rate,
    boolean targets,
    Path out,
    String serverName,
    Path serverDir,
    Directory directory,
    int importCount,
    Duration curveLength,
    String token) {

  static BenchOptions parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Expected --key=value, got " + arg);
      }
      values.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    String token = System.getenv("ROSTER_TOKEN");
    return new BenchOptions(
        URI.create(required(values, "url").replaceAll("/+$", "")),
        required(values, "db.url"),
        required(values, "db.user"),
        required(values, "db.password"),
        list(required(values, "scenarios")),
        list(required(values, "clients")).stream().map(Integer::valueOf).toList(),
        Duration.ofSeconds(Long.parseLong(required(values, "server.warmup"))),
        Duration.ofSeconds(Long.parseLong(required(values, "warmup"))),
        Duration.ofSeconds(Long.parseLong(required(values, "duration"))),
        Double.parseDouble(required(values, "rate")),
        Boolean.parseBoolean(required(values, "targets")),
        Path.of(required(values, "out")),
        required(values, "server.name"),
        Path.of(required(values, "server.dir")),
        new Directory(Integer.parseInt(required(values, "users"))),
        Integer.parseInt(required(values, "import.count")),
        Duration.ofSeconds(Long.parseLong(required(values, "curve.duration"))),
        token == null || token.isBlank() ? null : token.trim());
  }

  private static String required(Map<String, String> values, String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("Missing --" + key);
    }
    return value;
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
