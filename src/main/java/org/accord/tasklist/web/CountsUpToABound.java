package org.accord.tasklist.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.accord.shared.web.RequestPaths;
import org.accord.tasklist.BoundedTaskCounts;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist's count of a filter's tasks, which comes with every page of the list, counts up to
 * {@link BoundedTaskCounts#TASKLIST}. Only the webapps' engine API: engine-rest's counts, which
 * external clients read, stay exact.
 */
class CountsUpToABound extends OncePerRequestFilter {

  /** A filter's list (its HAL page holds the count), its count, and the filters with theirs. */
  private static final Pattern FILTER_COUNTS =
      Pattern.compile("/camunda/api/engine/engine/[^/]+/filter(?:/[^/]+/(?:list|count))?");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !FILTER_COUNTS.matcher(RequestPaths.of(request)).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try (BoundedTaskCounts.Scope bounded = BoundedTaskCounts.upTo(BoundedTaskCounts.TASKLIST)) {
      chain.doFilter(request, response);
    }
  }
}
