package org.accord.security;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
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
  RememberedBasicAuthentication rememberedBasicAuthentication(
      @Value("${accord.security.remember-credentials}") Duration rememberCredentials) {
    return new RememberedBasicAuthentication(rememberCredentials, Ticker.systemTicker());
  }

  @Bean
  EngineAuthenticationFilter engineAuthenticationFilter(
      ProcessEngine engine, RememberedBasicAuthentication authentication) {
    return new EngineAuthenticationFilter(engine, authentication);
  }

  @Bean
  FilterRegistrationBean<Filter> basicAuthenticationFilter(EngineAuthenticationFilter basic) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(basic);
    registration.setName("accord-basic-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(EngineRequestLimits.ORDER - 1);
    return registration;
  }

  /** The dashboard opens from a Tasklist or Cockpit session, or with the API's credentials. */
  @Bean
  FilterRegistrationBean<Filter> pageAuthenticationFilter(
      IdentityService identityService, EngineAuthenticationFilter basic) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new SessionOrBasicAuthentication(identityService, basic));
    registration.setName("accord-page-authentication");
    registration.addUrlPatterns("/dashboard");
    return registration;
  }
}
