package org.accord.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against Camunda's identity service on engine-rest and Accord's API. Camunda's own
 * filter also sets the engine's authentication, so the engine's authorization checks and our {@link
 * CurrentUser} see the same user and groups.
 */
@Configuration(proxyBeanMethods = false)
class EngineAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<Filter> basicAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("accord-basic-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }

  /** The dashboard opens from a Tasklist or Cockpit session, or with the API's credentials. */
  @Bean
  FilterRegistrationBean<Filter> pageAuthenticationFilter(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new SessionOrBasicAuthentication(identityService));
    registration.setName("accord-page-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/dashboard");
    return registration;
  }
}
