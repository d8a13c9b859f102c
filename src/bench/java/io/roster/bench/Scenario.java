package io.roster.bench;

import java.util.function.Function;

/**
 * One kind of request a client repeats; {@code next} may depend on the client's iteration. {@code
 * prepare} runs once before its rows, unmeasured.
 */
record Scenario(
    String name, String description, Function<ClientContext, Http.Call> next, Runnable prepare) {
  Scenario(String name, String description, Function<ClientContext, Http.Call> next) {
    this(name, description, next, () -> {});
  }
}
