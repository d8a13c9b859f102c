package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates admin accounts; the password is hashed here and never stored or logged in clear. */
@ApplicationScoped
public class AdminAccounts {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject PasswordHashing passwords;

  @Transactional
  public boolean any() {
    return !em.createQuery("SELECT a.id FROM AdminAccount a")
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Fails (unique index) when the name is taken, also when another node created it just now. */
  @Transactional
  public void create(String userName, String password) {
    em.persist(new AdminAccount(userName, passwords.hash(password)));
    em.flush();
  }
}
