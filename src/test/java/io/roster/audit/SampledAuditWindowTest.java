package io.roster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SampledAuditWindowTest {
  @Test
  void admitsTheFirstOfEachWindowAndCountsTheRest() {
    SampledAudit.Window window = new SampledAudit.Window();
    assertEquals(0, window.admit(0));
    assertEquals(-1, window.admit(1));
    assertEquals(-1, window.admit(SampledAudit.WINDOW_NANOS - 1));
    assertEquals(2, window.admit(SampledAudit.WINDOW_NANOS));
    assertEquals(-1, window.admit(SampledAudit.WINDOW_NANOS + 1));
  }
}
