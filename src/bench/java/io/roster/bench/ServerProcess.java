package io.roster.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Liberty JVM under test, found by its command line ({@code ws-server.jar <server name>}); when
 * several run (other work trees), the one started from {@code server.dir}. Linux /proc only.
 */
final class ServerProcess {
  private final Long pid;

  private ServerProcess(Long pid) {
    this.pid = pid;
  }

  static ServerProcess find(String serverName, Path serverDir) {
    List<ProcessHandle> candidates =
        ProcessHandle.allProcesses().filter(p -> isLiberty(p.pid(), serverName)).toList();
    String dir = serverDir.toAbsolutePath().normalize().toString();
    Optional<ProcessHandle> chosen =
        candidates.size() == 1
            ? Optional.of(candidates.get(0))
            : candidates.stream().filter(p -> commandLine(p.pid()).contains(dir)).findFirst();
    return new ServerProcess(chosen.map(ProcessHandle::pid).orElse(null));
  }

  boolean found() {
    return pid != null;
  }

  Long pid() {
    return pid;
  }

  /** VmHWM: the most resident memory the process has had since it started, in MB. */
  long peakRssMb() {
    return status("VmHWM:");
  }

  /**
   * How long ago the process started, in seconds: its start time in /proc/<pid>/stat (clock ticks
   * after boot, USER_HZ 100 on Linux) against /proc/uptime.
   */
  Optional<Double> age() {
    String stat = read(pid, "stat");
    int end = stat.lastIndexOf(')');
    if (end < 0) {
      return Optional.empty();
    }
    String[] fields = stat.substring(end + 2).split(" ");
    try {
      String uptime = Files.readString(Path.of("/proc/uptime")).trim().split("\\s+")[0];
      return Optional.of(Double.parseDouble(uptime) - Long.parseLong(fields[19]) / 100.0);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The JVM's -Xmx option, or "default" when none is set. */
  String heapCap() {
    return Arrays.stream(commandLine(pid).split(" "))
        .filter(a -> a.startsWith("-Xmx"))
        .reduce((a, b) -> b)
        .orElse("default");
  }

  /** A variable of the server's own environment (what it really started with), or null. */
  String environment(String name) {
    String prefix = name + "=";
    return Arrays.stream(read(pid, "environ").split("\0"))
        .filter(e -> e.startsWith(prefix))
        .map(e -> e.substring(prefix.length()))
        .findFirst()
        .orElse(null);
  }

  private long status(String field) {
    return Arrays.stream(read(pid, "status").split("\n"))
        .filter(l -> l.startsWith(field))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
        .findFirst()
        .orElse(-1L);
  }

  private static boolean isLiberty(long pid, String serverName) {
    List<String> args = Arrays.asList(read(pid, "cmdline").split("\0"));
    int jar = -1;
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).endsWith("ws-server.jar")) {
        jar = i;
      }
    }
    return jar >= 0 && jar + 1 < args.size() && args.get(jar + 1).equals(serverName);
  }

  private static String commandLine(Long pid) {
    return read(pid, "cmdline").replace('\0', ' ');
  }

  private static String read(Long pid, String file) {
    if (pid == null) {
      return "";
    }
    try {
      return new String(
          Files.readAllBytes(Path.of("/proc", pid.toString(), file)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
