package io.roster.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes times and numbers: UTC, unambiguous, and "5 min ago" where it helps. */
@Named("fmt")
@ApplicationScoped
public class Formats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

  public OffsetDateTime getNow() {
    return OffsetDateTime.now();
  }

  public String time(OffsetDateTime t) {
    return t == null ? "—" : TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC)) + " UTC";
  }

  public String seconds(OffsetDateTime t) {
    return t == null ? "—" : SECONDS.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }

  public String ago(OffsetDateTime t) {
    return t == null ? "never" : ago(Duration.between(t, OffsetDateTime.now()));
  }

  static String ago(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return "just now";
    }
    if (s < 3600) {
      return s / 60 + " min ago";
    }
    if (s < 86400) {
      return s / 3600 + " h ago";
    }
    return s / 86400 + " days ago";
  }

  public String number(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }
}
