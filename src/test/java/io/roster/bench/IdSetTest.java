package io.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdSetTest {
  @Test
  void everyIdIsNewOnceAndOnlyOnceAcrossGrowth() {
    IdSet set = new IdSet();
    for (int i = 0; i < 300_000; i++) {
      assertTrue(set.add(Person.of(i).id()), "user " + i);
    }
    for (int i = 0; i < 300_000; i += 997) {
      assertFalse(set.add(Person.of(i).id()), "user " + i + " again");
    }
    assertEquals(300_000, set.size());
  }

  @Test
  void idsThatShareHalfTheirBitsAreTold() {
    IdSet set = new IdSet();
    assertTrue(set.add(new UUID(1, 2)));
    assertTrue(set.add(new UUID(1, 3)));
    assertTrue(set.add(new UUID(2, 2)));
    assertFalse(set.add(new UUID(1, 3)));
    assertEquals(3, set.size());
  }

  @Test
  void theZeroIdCountsLikeAnyOther() {
    IdSet set = new IdSet();
    assertTrue(set.add(new UUID(0, 0)));
    assertFalse(set.add(new UUID(0, 0)));
    assertEquals(1, set.size());
  }
}
