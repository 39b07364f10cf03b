package org.accord.training.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public registration pages, the participants' survey pages, and the public check of a
 * certificate, answer each client address so many requests a minute (a token bucket per address,
 * Bucket4j, refilled whole each minute); beyond that, 429 with a page that says when to try again.
 * The address is the connection's: behind a proxy, configure Tomcat's remote IP handling ({@code
 * server.forward-headers-strategy}) so that it is the client's, not the proxy's.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationRateLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> registrationRateLimitFilter(
      @Value("${accord.training.registration.requests-per-minute}") int perMinute) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Limit(perMinute));
    registration.setName("accord-registration-rate-limit");
    registration.addUrlPatterns("/training/*", "/api/certificates/*");
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {

    private static final Pattern REGISTER = Pattern.compile("/training/sessions/[^/]+/register");

    private static final Pattern SURVEY = Pattern.compile("/training/survey/[^/]+");

    private static final Pattern VERIFY = Pattern.compile("/api/certificates/[^/]+/verify");

    private final int perMinute;

    // Idle addresses are forgotten: a full bucket is what a new one would be anyway.
    private final Cache<String, Bucket> buckets =
        Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).maximumSize(100_000).build();

    Limit(int perMinute) {
      this.perMinute = perMinute;
    }

    /** The public pages and the check only; the pages' style sheet is not worth a token. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !REGISTER.matcher(request.getRequestURI()).matches()
          && !SURVEY.matcher(request.getRequestURI()).matches()
          && !VERIFY.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Bucket bucket =
          buckets.get(
              request.getRemoteAddr(),
              address ->
                  Bucket.builder()
                      .addLimit(
                          limit ->
                              limit
                                  .capacity(perMinute)
                                  .refillGreedy(perMinute, Duration.ofMinutes(1)))
                      .build());
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
      if (probe.isConsumed()) {
        chain.doFilter(request, response);
        return;
      }
      long seconds =
          Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
      response.setStatus(429);
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      if (VERIFY.matcher(request.getRequestURI()).matches()) {
        response.setContentType("application/problem+json");
        response
            .getOutputStream()
            .write(
                ("{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Too many checks"
                        + " from this address: try again in "
                        + seconds
                        + " seconds.\"}")
                    .getBytes(StandardCharsets.UTF_8));
        return;
      }
      response.setContentType("text/html;charset=UTF-8");
      response
          .getOutputStream()
          .write(
              PublicForms.tooManyRequests(PublicForms.browsersLanguage(request), seconds)
                  .getBytes(StandardCharsets.UTF_8));
    }
  }
}
