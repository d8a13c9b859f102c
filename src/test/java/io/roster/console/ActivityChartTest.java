package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.overview.ProvisioningOverview.Day;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityChartTest {
  @ParameterizedTest
  @CsvSource({
    "0, 4",
    "3, 4",
    "5, 8",
    "9, 20",
    "20, 20",
    "21, 40",
    "99, 100",
    "101, 200",
    "450, 800",
    "1001, 2000"
  })
  void scalesToRoundNumbersDivisibleByFour(long max, long scale) {
    assertEquals(scale, ActivityChart.niceCeiling(max));
  }

  @Test
  void oneStackedBarPerDayWithATooltip() {
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      days.add(new Day(LocalDate.of(2026, 11, 1).plusDays(i), i, i % 3));
    }
    String svg = ActivityChart.svg(days);
    assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
    assertEquals(29, count(svg, "class=\"users\""), "no bar for a zero");
    assertEquals(20, count(svg, "class=\"groups\""));
    assertTrue(svg.contains("<title>Nov 30: 29 user and 2 group changes</title>"));
    assertTrue(svg.contains("aria-label=\"465 provisioning changes in the last 30 days\""));
  }

  @Test
  void anEmptyMonthStillDrawsItsScale() {
    String svg = ActivityChart.svg(List.of(new Day(LocalDate.of(2026, 1, 1), 0, 0)));
    assertEquals(5, count(svg, "class=\"grid\""));
    assertEquals(0, count(svg, "class=\"users\""));
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
