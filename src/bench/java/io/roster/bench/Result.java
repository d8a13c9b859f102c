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

  /** A row that could not be measured, saying why. */
  static Result notMeasured(String scenario, int clients, String mode, long peakRssMb, String why) {
    return of(scenario, clients, mode, new Recording(), 0, peakRssMb, "", "not measured: " + why);
  }

  /** This row under another scenario name, mode and notes: for runs that compare rows. */
  Result as(String newScenario, String newMode, String newNotes) {
    return new Result(
        newScenario,
        clients,
        newMode,
        requests,
        seconds,
        p50,
        p95,
        p99,
        max,
        errors,
        peakRssMb,
        cpu,
        newNotes);
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
