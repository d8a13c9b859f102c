package io.roster.console;

import io.roster.overview.ProvisioningOverview.Day;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's chart as inline SVG, built on the server: stacked bars of user and group changes
 * per day, a labelled scale, and a tooltip per bar. No script and no external resource.
 */
public final class ActivityChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 220;
  static final int LEFT = 40;
  static final int BOTTOM = 24;
  static final int TOP = 10;
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

  private ActivityChart() {}

  public static String svg(List<Day> days) {
    long max = days.stream().mapToLong(Day::total).max().orElse(0);
    long scale = niceCeiling(max);
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = (WIDTH - LEFT) / (double) Math.max(days.size(), 1);
    double bar = Math.max(2, slot * 0.7);
    long total = days.stream().mapToLong(Day::total).sum();
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(total)
        .append(" provisioning changes in the last ")
        .append(days.size())
        .append(" days\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (int i = 0; i <= 4; i++) {
      double y = TOP + plotHeight - plotHeight * i / 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
              LEFT,
              WIDTH,
              y,
              y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
              LEFT - 6,
              y + 4,
              scale * i / 4));
    }
    for (int i = 0; i < days.size(); i++) {
      Day d = days.get(i);
      double x = LEFT + slot * i + (slot - bar) / 2;
      double users = d.userChanges() * plotHeight / scale;
      double groups = d.groupChanges() * plotHeight / scale;
      double base = TOP + plotHeight;
      svg.append("<g><title>")
          .append(LABEL.format(d.day()))
          .append(": ")
          .append(d.userChanges())
          .append(" user and ")
          .append(d.groupChanges())
          .append(" group changes</title>");
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"hit\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\"/>",
              LEFT + slot * i,
              TOP,
              slot,
              plotHeight));
      if (users > 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"users\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\"/>",
                x,
                base - users,
                bar,
                users));
      }
      if (groups > 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"groups\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\"/>",
                x,
                base - users - groups,
                bar,
                groups));
      }
      svg.append("</g>");
      boolean last = i == days.size() - 1;
      if (last || (i % 5 == 0 && i < days.size() - 3)) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                last ? x + bar : x + bar / 2,
                HEIGHT - 6,
                last ? "end" : "middle",
                LABEL.format(d.day())));
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Four gridline steps of 1, 2, 2.5 or 5 times a power of ten: 4, 8, 20, 40, 80, 100, 200... */
  static long niceCeiling(long max) {
    for (long m = 1; ; m *= 10) {
      long[] steps = m >= 10 ? new long[] {m, 2 * m, m * 5 / 2, 5 * m} : new long[] {1, 2, 5};
      for (long step : steps) {
        if (4 * step >= max) {
          return 4 * step;
        }
      }
    }
  }
}
