package org.accord.security;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.accord.shared.web.RequestPaths;
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

  /** An agreement's documents, their list and the MoU as it stands, which the forms link to. */
  private static final Pattern DOCUMENT =
      Pattern.compile("/api/agreements/[^/]+/documents(?:/[^/]+)?");

  /**
   * What the partners' portal reads: its own summary, an agreement with its reports, ledger and
   * attachments (and an attachment's download), the agreement's lists a page at a time, the concept
   * notes and their files, the initiatives, the opportunities and the published reports; each
   * answers only what the user may see, as it does through the API.
   */
  private static final Pattern PORTAL =
      Pattern.compile(
          "/api/portal(?:/agreements(?:/[^/]+/(?:documents|reports|instalments|receipts))?)?"
              + "|/api/initiatives"
              + "|/api/agreements/[^/]+(?:/(?:reports|ledger|attachments))?|/api/attachments/[0-9]+"
              + "|/api/concept-notes(?:/[0-9]+/attachments)?|/api/opportunities(?:/[0-9]+/questions)?"
              + "|/api/publications(?:/[0-9]+(?:/pdf)?)?");

  /**
   * What the partners' portal changes: a member's concept note, its answers and files, its
   * questions and pledges to the published opportunities, and the files attached to an agreement
   * (the attachments page, which staff open from Tasklist too).
   */
  private static final Pattern PORTAL_CHANGES =
      Pattern.compile(
          "/api/concept-notes(?:/[0-9]+/(?:answers|attachments))?"
              + "|/api/opportunities/[0-9]+/(?:questions|pledges)"
              + "|/api/agreements/[^/]+/attachments");

  /**
   * A user's language, which the webapps read at login to speak it (accord-language.js), and which
   * the language page changes.
   */
  private static final Pattern LANGUAGE = Pattern.compile("/api/users/[^/]+/language");

  /** The strategic plan, which the plan page reads and, for managers, changes. */
  private static final Pattern PLAN = Pattern.compile("/api/plans(?:/.*)?");

  /**
   * Public: the check of a training certificate by its code, which reveals the participant's name,
   * the course and the date only (rate-limited per address by the training module).
   */
  private static final Pattern PUBLIC = Pattern.compile("/api/certificates/[^/]+/verify");

  @Bean
  RememberedBasicAuthentication rememberedBasicAuthentication(
      @Value("${accord.security.remember-credentials}") Duration rememberCredentials) {
    return new RememberedBasicAuthentication(rememberCredentials, Ticker.systemTicker());
  }

  /**
   * Camunda's HTTP Basic filter, run only inside the filters below: a filter bean of its own would
   * be mapped by Spring Boot to every path, the webapps' included.
   */
  private static Filter basic(ProcessEngine engine, RememberedBasicAuthentication authentication) {
    return new EngineAuthenticationFilter(engine, authentication);
  }

  /**
   * The API and engine-rest authenticate with HTTP Basic; an agreement's documents, which the forms
   * link to, open from a Tasklist session too, and the webapps read their user's language in it.
   */
  @Bean
  FilterRegistrationBean<Filter> basicAuthenticationFilter(
      ProcessEngine engine,
      IdentityService identityService,
      RememberedBasicAuthentication authentication) {
    Filter authenticated =
        new SessionOrBasicAuthentication(
            identityService,
            basic(engine, authentication),
            path ->
                DOCUMENT.matcher(path).matches()
                    || PLAN.matcher(path).matches()
                    || PORTAL.matcher(path).matches()
                    || LANGUAGE.matcher(path).matches(),
            path ->
                PLAN.matcher(path).matches()
                    || PORTAL_CHANGES.matcher(path).matches()
                    || LANGUAGE.matcher(path).matches());
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            (request, response, chain) -> {
              HttpServletRequest http = (HttpServletRequest) request;
              if ("GET".equals(http.getMethod())
                  && PUBLIC.matcher(RequestPaths.of(http)).matches()) {
                chain.doFilter(request, response);
              } else {
                authenticated.doFilter(request, response, chain);
              }
            });
    registration.setName("accord-basic-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(EngineRequestLimits.ORDER - 1);
    return registration;
  }

  /**
   * The dashboard, the plan page, the partners' portal (with an agreement's attachments page) and
   * the language page open from a Tasklist or Cockpit session, or with the API's credentials.
   */
  @Bean
  FilterRegistrationBean<Filter> pageAuthenticationFilter(
      ProcessEngine engine,
      IdentityService identityService,
      RememberedBasicAuthentication authentication) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            new SessionOrBasicAuthentication(
                identityService, basic(engine, authentication), path -> true, path -> false));
    registration.setName("accord-page-authentication");
    registration.addUrlPatterns(
        "/dashboard", "/plan", "/portal", "/portal/agreements/*", "/language");
    return registration;
  }
}
