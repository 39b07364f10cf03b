package org.accord.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's query result limit ({@link EngineQueries#MAX_RESULTS}) for the clients of {@code
 * /engine-rest} and {@code /api}: a user's query must be paged, a page at most the limit. Camunda's
 * own webapps are exempt (Tasklist loads its filters 2,000 at a time, Cockpit some lists unpaged),
 * except on the families of their engine API that read process data in bulk, variables and history,
 * which Tasklist pages: there a session is held to the same limit as engine-rest.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitConfiguration {

  private static final ThreadLocal<Boolean> WEBAPP_REQUEST = ThreadLocal.withInitial(() -> false);
  private static final Pattern LIMITED_FOR_WEBAPPS =
      Pattern.compile("/camunda/api/engine/engine/[^/]+/(variable-instance|history)(/.*)?");

  /** The starter's engine configuration, but for the limit, which depends on who asks. */
  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
    SpringProcessEngineConfiguration configuration =
        CamundaSpringBootUtil.initCustomFields(new LimitedForApiClients());
    configuration.setQueryMaxResultsLimit(EngineQueries.MAX_RESULTS);
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  @Bean
  FilterRegistrationBean<Filter> webappRequests() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            (request, response, chain) -> {
              WEBAPP_REQUEST.set(
                  !LIMITED_FOR_WEBAPPS
                      .matcher(((HttpServletRequest) request).getRequestURI())
                      .matches());
              try {
                chain.doFilter(request, response);
              } finally {
                WEBAPP_REQUEST.remove();
              }
            });
    registration.addUrlPatterns("/camunda/*");
    registration.setName("webappRequests");
    return registration;
  }

  static class LimitedForApiClients extends SpringProcessEngineConfiguration {

    @Override
    public int getQueryMaxResultsLimit() {
      return WEBAPP_REQUEST.get() ? Integer.MAX_VALUE : super.getQueryMaxResultsLimit();
    }
  }
}
