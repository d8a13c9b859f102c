package io.roster.persistence;

/** Pieces of native SQL that set-based statements build by the number of rows they touch. */
public final class NativeSql {
  private NativeSql() {}

  /** {@code ?first, ?first+1, ...}: {@code count} numbered positional parameters. */
  public static String placeholders(int first, int count) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sql.append(i == 0 ? "?" : ", ?").append(first + i);
    }
    return sql.toString();
  }
}
