package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.platform.SchemaMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first admin of a new install: ROSTER_ADMIN_PASSWORD checked, a generated one not kept. */
class FirstAdminTest {
  record Created(String userName, String password, boolean mustChangePassword) {}

  /** The accounts of an empty database, recording what is created. */
  static final class NewInstall extends AdminAccounts {
    final List<Created> created = new ArrayList<>();

    @Override
    public boolean any() {
      return !created.isEmpty();
    }

    @Override
    void create(String userName, String password, boolean mustChangePassword) {
      created.add(new Created(userName, password, mustChangePassword));
    }
  }

  private static NewInstall start(Optional<String> password) {
    NewInstall accounts = new NewInstall();
    FirstAdmin first = new FirstAdmin();
    first.schemaMigration =
        new SchemaMigration() {
          @Override
          public synchronized boolean migrateIfNeeded() {
            return true;
          }
        };
    first.accounts = accounts;
    first.userName = "root";
    first.password = password;
    first.ensure();
    first.ensure();
    return accounts;
  }

  @Test
  void aConfiguredPasswordIsTheFirstAdminsAndNeedNotBeChanged() {
    NewInstall accounts = start(Optional.of("twelve-chars"));
    assertEquals(List.of(new Created("root", "twelve-chars", false)), accounts.created);
  }

  @Test
  void aConfiguredPasswordShorterThanTwelveCreatesNoAdmin() {
    assertTrue(start(Optional.of("eleven-char")).created.isEmpty());
  }

  @Test
  void aGeneratedPasswordMustBeChangedAtTheFirstSignIn() {
    List<Created> created = start(Optional.empty()).created;
    assertEquals(1, created.size());
    assertTrue(created.get(0).mustChangePassword(), "it was written to the log");
    assertTrue(created.get(0).password().length() >= AdminAccounts.MIN_PASSWORD);
    assertFalse(
        created.get(0).password().equals(start(Optional.empty()).created.get(0).password()));
  }
}
