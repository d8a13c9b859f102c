package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagerTest {
  @Test
  void aMiddlePageKnowsItsRangeAndThatMoreFollow() {
    Pager pager = new Pager(2, 25, 60);
    assertEquals(26, pager.getFirst());
    assertEquals(50, pager.getLast());
    assertTrue(pager.isHasNext());
  }

  @Test
  void theLastPageEndsAtTheTotal() {
    Pager pager = new Pager(3, 25, 60);
    assertEquals(51, pager.getFirst());
    assertEquals(60, pager.getLast());
    assertFalse(pager.isHasNext());
  }

  @Test
  void anEmptyListingShowsNothingToNothing() {
    Pager pager = new Pager(1, 25, 0);
    assertEquals(0, pager.getFirst());
    assertEquals(0, pager.getLast());
    assertFalse(pager.isHasNext());
  }

  @Test
  void aMissingOrBadPageNumberIsTheFirstPage() {
    assertEquals(1, Pager.pageNumber(null));
    assertEquals(1, Pager.pageNumber("abc"));
    assertEquals(1, Pager.pageNumber("-4"));
    assertEquals(7, Pager.pageNumber(" 7 "));
    assertEquals(50, Pager.offset(3, 25));
    assertEquals((Pager.MAX_PAGE - 1) * 25, Pager.offset(Integer.MAX_VALUE, 25), "no overflow");
  }

  @Test
  void aPagePastTheEndLandsOnTheLastOne() {
    assertEquals(3, Pager.lastPage(60, 25));
    assertEquals(2, Pager.lastPage(50, 25));
    assertEquals(1, Pager.lastPage(1, 25));
    assertEquals(Pager.MAX_PAGE, Pager.lastPage(Long.MAX_VALUE / 2, 25));
  }
}
