package io.roster.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time the server side has used so far, in milliseconds: the Liberty JVM and, when it runs on
 * this machine, the PostgreSQL of {@code bench.db.url}, found by its port: the postmaster with its
 * live backends, and the ended ones, whose time the kernel adds to their parent's. A write's cost
 * is as much PostgreSQL's as Roster's, so per-request figures count both. Linux /proc only.
 */
final class ServerCpu {
  /** USER_HZ, the unit of /proc/<pid>/stat times, on Linux. */
  private static final int MS_PER_TICK = 10;

  private static final Pattern PORT = Pattern.compile("//[^/:]+:(\\d+)/");

  private final Long liberty;
  private final Long postmaster;

  private ServerCpu(Long liberty, Long postmaster) {
    this.liberty = liberty;
    this.postmaster = postmaster;
  }

  static ServerCpu of(ServerProcess server, String dbUrl) {
    Matcher port = PORT.matcher(dbUrl);
    return new ServerCpu(server.pid(), port.find() ? postmaster(port.group(1)).orElse(null) : null);
  }

  /** What {@link #millis} counts, for the notes. */
  String counted() {
    if (liberty == null) {
      return "no server process found";
    }
    return postmaster == null
        ? "server only, PostgreSQL not found on this machine"
        : "server + PostgreSQL";
  }

  long millis() {
    long ticks = liberty == null ? 0 : ticks(liberty, false);
    if (postmaster != null) {
      ticks += ticks(postmaster, true);
      for (long backend : children(postmaster)) {
        ticks += ticks(backend, false);
      }
    }
    return ticks * MS_PER_TICK;
  }

  private static Optional<Long> postmaster(String port) {
    return ProcessHandle.allProcesses()
        .map(ProcessHandle::pid)
        .filter(
            pid -> {
              List<String> args = Arrays.asList(read(pid, "cmdline").split("\0"));
              int p = args.indexOf("-p");
              return !args.isEmpty()
                  && args.get(0).endsWith("postgres")
                  && p > 0
                  && p + 1 < args.size()
                  && args.get(p + 1).equals(port);
            })
        .findFirst();
  }

  private static List<Long> children(long parent) {
    return ProcessHandle.allProcesses()
        .map(ProcessHandle::pid)
        .filter(
            pid -> {
              String[] f = statFields(pid);
              return f.length > 1 && f[1].equals(Long.toString(parent));
            })
        .toList();
  }

  /** utime + stime, and with {@code reaped} cutime + cstime: the ended children's time. */
  private static long ticks(long pid, boolean reaped) {
    String[] f = statFields(pid);
    if (f.length < 15) {
      return 0;
    }
    long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return reaped ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
  }

  /** The fields of /proc/<pid>/stat after the command name: state, ppid, ... */
  private static String[] statFields(long pid) {
    String stat = read(pid, "stat");
    int end = stat.lastIndexOf(')');
    return end < 0 ? new String[0] : stat.substring(end + 2).split(" ");
  }

  private static String read(long pid, String file) {
    try {
      return new String(
          Files.readAllBytes(Path.of("/proc", Long.toString(pid), file)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
