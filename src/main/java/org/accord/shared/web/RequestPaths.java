package org.accord.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request goes, as the servlet that answers it reads the path. */
public final class RequestPaths {

  private RequestPaths() {}

  /**
   * The path below the context, decoded and without path parameters ({@code ;jsessionid=...}), as
   * Jersey routes it: the raw URI would let {@code .../%78ml} past a check for {@code .../xml}.
   */
  public static String of(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
  }
}
