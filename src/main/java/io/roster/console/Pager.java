package io.roster.console;

/** Where a page of a listing sits in the whole: "26–50 of 1,234", and whether a next one exists. */
public record Pager(int page, int size, long total) {
  /** Far beyond any real directory, and keeps every offset within an int. */
  static final int MAX_PAGE = 1_000_000;

  /** Pages are numbered from 1; anything lower, missing or not a number is the first. */
  static int pageNumber(String parameter) {
    try {
      return parameter == null ? 1 : clamp(Integer.parseInt(parameter.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static int offset(int page, int size) {
    return (clamp(page) - 1) * size;
  }

  /** The page that holds the last of {@code total} entries: where a page past the end lands. */
  static int lastPage(long total, int size) {
    return clamp((int) Math.min(MAX_PAGE, (total + size - 1) / size));
  }

  static int clamp(int page) {
    return Math.min(Math.max(1, page), MAX_PAGE);
  }

  public long getFirst() {
    return total == 0 ? 0 : offset(page, size) + 1L;
  }

  public long getLast() {
    return Math.min(total, (long) page * size);
  }

  public boolean isHasNext() {
    return getLast() < total;
  }

  public long getTotal() {
    return total;
  }
}
