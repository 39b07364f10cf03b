package org.accord.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.accord.shared.web.RequestPaths;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;

/**
 * For what people open in a browser (the dashboard, an agreement's documents linked from a task's
 * form): whoever is logged in to Camunda's webapps (Tasklist, Cockpit) is let in as themselves;
 * anyone else authenticates with HTTP Basic, as on {@code /api}. Only for reading what {@code
 * opensInBrowser} names, and for the changes an Accord page makes to what {@code changedFromPage}
 * names: those carry the header {@value #PAGE_HEADER}, which a form or script of another site
 * cannot send (a cross-origin request with a header of its own needs a CORS preflight Accord never
 * grants), so a session alone never changes anything.
 */
class SessionOrBasicAuthentication implements Filter {

  private static final String ENGINE = "default";

  /** Sent by Accord's own pages with each change they make ({@code static/plan/plan.js}). */
  static final String PAGE_HEADER = "X-Accord-Page";

  private final IdentityService identityService;
  private final Filter basic;
  private final Predicate<String> opensInBrowser;
  private final Predicate<String> changedFromPage;

  /** The predicates are asked the path of the request, without the context path. */
  SessionOrBasicAuthentication(
      IdentityService identityService,
      Filter basic,
      Predicate<String> opensInBrowser,
      Predicate<String> changedFromPage) {
    this.identityService = identityService;
    this.basic = basic;
    this.opensInBrowser = opensInBrowser;
    this.changedFromPage = changedFromPage;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    UserAuthentication webappUser = webappUser(http);
    if (webappUser == null
        || http.getHeader(HttpHeaders.AUTHORIZATION) != null
        || !maySessionDo(http)
        || identityService.createUserQuery().userId(webappUser.getIdentityId()).count() == 0) {
      basic.doFilter(request, response, chain);
      return;
    }
    // The session proves who the user is; what they may see follows their groups as they are now.
    List<String> groups = UserGroups.of(identityService, webappUser.getIdentityId());
    identityService.setAuthentication(webappUser.getIdentityId(), groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private boolean maySessionDo(HttpServletRequest http) {
    String path = RequestPaths.of(http);
    return "GET".equals(http.getMethod())
        ? opensInBrowser.test(path)
        : changedFromPage.test(path) && http.getHeader(PAGE_HEADER) != null;
  }

  private static UserAuthentication webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications.getAuthenticationForProcessEngine(ENGINE)
            instanceof UserAuthentication user
        ? user
        : null;
  }
}
