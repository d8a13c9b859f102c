package io.roster.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.scim.filter.FilterParser;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {
  @Test
  void searchesNamesAndEmailsWithTheTextAsOneLiteral() {
    assertEquals(
        FilterParser.parse(
            "userName co \"an\\\"n\\\\\" or displayName co \"an\\\"n\\\\\" or name.formatted co"
                + " \"an\\\"n\\\\\" or name.givenName co \"an\\\"n\\\\\" or name.familyName co"
                + " \"an\\\"n\\\\\" or emails.value co \"an\\\"n\\\\\""),
        UserDirectory.matching("  an\"n\\ "));
  }
}
