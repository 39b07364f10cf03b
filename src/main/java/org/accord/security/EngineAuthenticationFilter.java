package org.accord.security;

import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter for engine-rest, given its engine and provider: out of the box it
 * builds the provider from a class name and finds the engine through a {@code ServiceLoader} scan
 * on every request.
 */
class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine engine;

  EngineAuthenticationFilter(ProcessEngine engine, AuthenticationProvider provider) {
    this.engine = engine;
    this.authenticationProvider = provider;
  }

  @Override
  public void init(FilterConfig config) {
    servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return engine.getName().equals(engineName) ? engine : null;
  }
}
