package io.roster.console;

import io.roster.provisioning.ProvisioningSearch.DayCount;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Provisioning page's chart, inline SVG in the style of {@link ActivityChart}: per day, a bar
 * per token (its colour) with the failed part in red at its foot, a labelled scale, and a tooltip
 * per bar.
 */
public final class RequestChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 220;
  static final int LEFT = 48;
  static final int BOTTOM = 24;
  static final int TOP = 10;
  private static final String[] COLORS = {
    "#6366f1", "#14b8a6", "#f59e0b", "#0ea5e9", "#a855f7", "#64748b"
  };
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

  private RequestChart() {}

  /** The tokens in the chart, in legend order (by name). */
  public static List<String> tokens(List<DayCount> days) {
    return days.stream().map(DayCount::token).distinct().sorted().toList();
  }

  static String color(int index) {
    return COLORS[Math.max(0, index) % COLORS.length];
  }

  public static String svg(List<DayCount> counts, LocalDate first, LocalDate last) {
    List<String> tokens = tokens(counts);
    Map<LocalDate, Map<String, DayCount>> byDay = new HashMap<>();
    counts.forEach(c -> byDay.computeIfAbsent(c.day(), d -> new HashMap<>()).put(c.token(), c));
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      days.add(d);
    }
    long max = counts.stream().mapToLong(DayCount::requests).max().orElse(0);
    long scale = ActivityChart.niceCeiling(max);
    double plot = HEIGHT - TOP - BOTTOM;
    double slot = (WIDTH - LEFT) / (double) Math.max(days.size(), 1);
    double bar = Math.max(2, slot * 0.8 / Math.max(tokens.size(), 1));
    long total = counts.stream().mapToLong(DayCount::requests).sum();
    long failed = counts.stream().mapToLong(DayCount::failed).sum();
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%d requests, %d"
                + " failed, in %d days\" xmlns=\"http://www.w3.org/2000/svg\">",
            WIDTH,
            HEIGHT,
            total,
            failed,
            days.size()));
    for (int i = 0; i <= 4; i++) {
      double y = TOP + plot - plot * i / 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                  + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
              LEFT,
              WIDTH,
              y,
              y,
              LEFT - 6,
              y + 4,
              scale * i / 4));
    }
    double base = TOP + plot;
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      Map<String, DayCount> perToken = byDay.getOrDefault(day, Map.of());
      double x0 = LEFT + slot * i + slot * 0.1;
      for (int t = 0; t < tokens.size(); t++) {
        DayCount c = perToken.get(tokens.get(t));
        if (c == null) {
          continue;
        }
        double x = x0 + bar * t;
        double h = c.requests() * plot / scale;
        double e = c.failed() * plot / scale;
        svg.append("<g><title>")
            .append(LABEL.format(day))
            .append(", ")
            .append(escape(c.token()))
            .append(": ")
            .append(c.requests())
            .append(" requests, ")
            .append(c.failed())
            .append(" failed</title>");
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"1\" fill=\"%s\"/>",
                x,
                base - h,
                bar * 0.9,
                h,
                color(t)));
        if (e > 0) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect class=\"failed\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                  x,
                  base - Math.max(e, 1.5),
                  bar * 0.9,
                  Math.max(e, 1.5)));
        }
        svg.append("</g>");
      }
      boolean lastDay = i == days.size() - 1;
      if (lastDay || (i % 3 == 0 && i < days.size() - 2)) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                lastDay ? LEFT + slot * (i + 1) : LEFT + slot * (i + 0.5),
                HEIGHT - 6,
                lastDay ? "end" : "middle",
                LABEL.format(day)));
      }
    }
    return svg.append("</svg>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
