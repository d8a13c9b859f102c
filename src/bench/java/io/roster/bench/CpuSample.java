package io.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time so far (clock ticks) of the machine, the server and this load generator, from /proc. On
 * a shared 2-core machine, the difference between two samples tells whether a row's figures were
 * made with the CPU to itself.
 */
record CpuSample(long machineBusy, long machineTotal, long server, long generator) {

  static CpuSample take(Long serverPid) {
    long[] machine = machine();
    return new CpuSample(
        machine[0],
        machine[1],
        serverPid == null ? 0 : process(serverPid.toString()),
        process("self"));
  }

  /** Percentages of all cores between {@code start} and this sample: server, generator, machine. */
  String since(CpuSample start) {
    double total = machineTotal - start.machineTotal;
    if (total <= 0) {
      return "";
    }
    return String.format(
        java.util.Locale.ROOT,
        "%.0f / %.0f / %.0f",
        100 * (server - start.server) / total,
        100 * (generator - start.generator) / total,
        100 * (machineBusy - start.machineBusy) / total);
  }

  /** The first line of /proc/stat: busy (all but idle and iowait) and total ticks. */
  private static long[] machine() {
    String[] f = read("/proc/stat").lines().findFirst().orElse("cpu").trim().split("\\s+");
    long total = 0;
    for (int i = 1; i < f.length && i <= 8; i++) {
      total += Long.parseLong(f[i]);
    }
    long idle = f.length > 5 ? Long.parseLong(f[4]) + Long.parseLong(f[5]) : 0;
    return new long[] {total - idle, total};
  }

  /** utime + stime of one process; fields counted after the command name's closing parenthesis. */
  private static long process(String pid) {
    String stat = read("/proc/" + pid + "/stat");
    int end = stat.lastIndexOf(')');
    if (end < 0) {
      return 0;
    }
    String[] f = stat.substring(end + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }
}
