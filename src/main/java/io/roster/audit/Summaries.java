package io.roster.audit;

/** Keeps summaries within the column, so a huge PATCH cannot fail the change it describes. */
final class Summaries {
  static final int MAX = 2000;

  private Summaries() {}

  static String truncate(String summary) {
    if (summary == null || summary.length() <= MAX) {
      return summary;
    }
    return summary.substring(0, MAX - 1) + "…";
  }
}
