package io.roster.bench;

import org.HdrHistogram.Histogram;

/**
 * One row of the results table. Latencies in milliseconds; {@code peakRssMb} is the server's;
 * {@code cpu} is "server / generator / machine" in percent of all cores (see {@link CpuSample}).
 */
record Result(
    String scenario,
    int clients,
    String mode,
    long requests,
    double seconds,
    double p50,
    double p95,
    double p99,
    double max,
    long errors,
    long peakRssMb,
    String cpu,
    String notes) {

  static Result of(
      String scenario,
      int clients,
      String mode,
      Recording r,
      double seconds,
      long peakRssMb,
      String cpu,
      String notes) {
    Histogram h = r.latencies;
    return new Result(
        scenario,
        clients,
        mode,
        h.getTotalCount(),
        seconds,
        ms(h.getValueAtPercentile(50)),
        ms(h.getValueAtPercentile(95)),
        ms(h.getValueAtPercentile(99)),
        ms(h.getMaxValue()),
        r.errors,
        peakRssMb,
        cpu,
        notes);
  }

  /** Answered (2xx) requests per second of measured time. */
  double perSecond() {
    return seconds <= 0 ? 0 : requests / seconds;
  }

  boolean measured() {
    return requests > 0;
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
