package org.accord.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code X-Content-Type-Options: nosniff} on every response (the dashboard, {@code /api}, document
 * downloads, errors): a browser renders a response only as the type it was sent as, so an uploaded
 * file or a JSON answer with a user's text is never run as a script or a page. Camunda's webapps
 * set it too.
 */
@Configuration(proxyBeanMethods = false)
class ContentTypeOptions {

  @Bean
  FilterRegistrationBean<Filter> noSniffing() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            (request, response, chain) -> {
              ((HttpServletResponse) response).setHeader("X-Content-Type-Options", "nosniff");
              chain.doFilter(request, response);
            });
    registration.addUrlPatterns("/*");
    registration.setName("noSniffing");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
