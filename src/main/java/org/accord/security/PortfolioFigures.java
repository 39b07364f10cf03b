package org.accord.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's statistics and reports are the agency's: they count every agreement's instances,
 * whatever the user may read (the engine checks only the definition), so a partner's representative
 * is refused them (403) on engine-rest and on the webapps' engine API alike.
 */
@Configuration(proxyBeanMethods = false)
class PortfolioFigures {

  // process-definition/statistics, .../{id}/statistics, history/process-instance/report,
  // history/.../cleanable-process-instance-report, task/report/candidate-group-count, ...
  private static final Pattern FIGURES =
      Pattern.compile(
          "/(engine-rest|camunda/api/engine/engine/[^/]+)/.*/(statistics|[a-z-]*report)(/.*)?");

  /** After HTTP Basic ({@link EngineAuthenticationConfiguration}), which it reads the user from. */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE;

  @Bean
  FilterRegistrationBean<Filter> partnersRefusedPortfolioFigures(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new PartnersRefused(identityService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("portfolioFigures");
    registration.setOrder(ORDER);
    return registration;
  }

  static final class PartnersRefused implements Filter {

    private final IdentityService identityService;

    PartnersRefused(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      List<String> groups = groups(http);
      if (groups != null
          && FIGURES.matcher(http.getRequestURI()).matches()
          && groups.stream().allMatch(group -> group.startsWith(CurrentUser.DONOR_GROUP_PREFIX))) {
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
        answer.setContentType("application/json");
        answer
            .getWriter()
            .write(
                "{\"type\":\"AuthorizationException\","
                    + "\"message\":\"Statistics and reports are for the agency's staff\"}");
        return;
      }
      chain.doFilter(request, response);
    }

    /** The user's groups, from HTTP Basic or a webapp session; null when not logged in. */
    private List<String> groups(HttpServletRequest request) {
      Authentication basic = identityService.getCurrentAuthentication();
      if (basic != null) {
        return basic.getGroupIds() == null ? List.of() : basic.getGroupIds();
      }
      HttpSession session = request.getSession(false);
      if (session == null) {
        return null;
      }
      return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
          .findFirst()
          .map(user -> user.getGroupIds() == null ? List.<String>of() : user.getGroupIds())
          .orElse(null);
    }
  }
}
