package org.accord.shared.process;

/**
 * The engine refuses unbounded queries from an authenticated user and pages larger than this
 * ({@code query-max-results-limit} in application.yaml, which must match): Accord's own queries of
 * users, groups and tasks, which can run in a user's request, ask for one such page.
 */
public final class EngineQueries {

  public static final int MAX_RESULTS = 1000;

  private EngineQueries() {}
}
