package io.roster.user;

/**
 * The name a person is shown by in the console, wherever it is shown: the displayName, else the
 * formatted name, else given and family name; null when the user has none of them.
 */
public final class DisplayName {
  private DisplayName() {}

  public static String of(String displayName, String formatted, String given, String family) {
    if (displayName != null) {
      return displayName;
    }
    if (formatted != null) {
      return formatted;
    }
    if (given == null && family == null) {
      return null;
    }
    return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
  }
}
