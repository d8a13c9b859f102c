package io.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupCurveTest {
  /** Buckets of 5 s with these rates (requests/s). */
  private static WarmupCurve curve(double... rates) {
    List<WarmupCurve.Bucket> buckets = new ArrayList<>();
    for (int i = 0; i < rates.length; i++) {
      buckets.add(
          new WarmupCurve.Bucket(
              5 * i, 5 * (i + 1), Math.round(rates[i] * 5), 0, 1, 2, 3, 100, ""));
    }
    return new WarmupCurve(buckets);
  }

  @Test
  void theWarmRateIsTheLastMinutes() {
    double[] rates = new double[36];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = i < 24 ? 100 : 1_000 + 100 * (i % 2);
    }
    // The last 12 buckets (60 s): six at 1,000 and six at 1,100.
    assertEquals(1_050, curve(rates).warmRate(), 1e-9);
  }

  @Test
  void aShortRunIsWarmOverAllItHas() {
    assertEquals(200, curve(100, 200, 300).warmRate(), 1e-9);
  }

  @Test
  void theFirstBucketAt90PercentOfTheWarmRateIsTheWarmPoint() {
    double[] rates = new double[36];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = Math.min(2_000, 500 + 100 * i);
    }
    // 2,000 req/s warm: 1,800 is first reached in bucket 13, 65-70 s after ready.
    WarmupCurve.Bucket warm = curve(rates).firstWarm().orElseThrow();
    assertEquals(70, warm.end());
    assertEquals(1_800, warm.rate(), 1e-9);
  }

  @Test
  void justUnder90PercentIsNotWarm() {
    double[] rates = new double[24];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = i < 12 ? 899 : 1_000;
    }
    assertEquals(65, curve(rates).firstWarm().orElseThrow().end());
  }

  @Test
  void onlyARunOfTwoMinutesOrMoreHasAWarmLastMinute() {
    assertFalse(curve(new double[23]).longEnough());
    assertTrue(curve(new double[24]).longEnough());
    assertFalse(new WarmupCurve(List.of()).longEnough());
  }

  @Test
  void cpuPerRequestIsTheBucketsCpuOverItsAnsweredRequests() {
    WarmupCurve.Bucket b = new WarmupCurve.Bucket(0, 5, 400, 3, 1, 2, 3, 100, "");
    assertEquals(80, b.rate(), 1e-9);
    assertEquals(0.25, b.cpuPerRequest(), 1e-9);
    assertTrue(Double.isNaN(new WarmupCurve.Bucket(0, 5, 0, 3, 0, 0, 0, 10, "").cpuPerRequest()));
  }
}
