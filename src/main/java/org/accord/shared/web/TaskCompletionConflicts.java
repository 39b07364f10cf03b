package org.accord.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Engine-rest answers a completion of a task someone else has just completed as if the task had
 * never been (404) or the server had failed (500). Whoever came second gets 409 instead, saying the
 * task is done: the case of two people working the same group queue, or a client retrying after a
 * lost answer.
 */
@Configuration(proxyBeanMethods = false)
class TaskCompletionConflicts {

  private static final Pattern COMPLETION =
      Pattern.compile("/engine-rest/task/([^/]+)/(complete|submit-form|resolve)");

  /**
   * Before authentication, so that the history is read after the request's authentication has been
   * cleared: the task is gone, and only its end is told, not its content.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taskCompletionConflictFilter(
      HistoryService history) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Conflicts(history));
    registration.addUrlPatterns("/engine-rest/task/*");
    registration.setName("taskCompletionConflicts");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static final class Conflicts extends OncePerRequestFilter {

    private final HistoryService history;

    Conflicts(HistoryService history) {
      this.history = history;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher completion = COMPLETION.matcher(request.getRequestURI());
      if (!"POST".equals(request.getMethod()) || !completion.matches()) {
        chain.doFilter(request, response);
        return;
      }
      Date started = ClockUtil.getCurrentTime();
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      int status = buffered.getStatus();
      HistoricTaskInstance ended =
          status == HttpStatus.INTERNAL_SERVER_ERROR.value()
                  || status == HttpStatus.NOT_FOUND.value()
                  || status == HttpStatus.FORBIDDEN.value()
              ? history
                  .createHistoricTaskInstanceQuery()
                  .taskId(completion.group(1))
                  .finished()
                  .singleResult()
              : null;
      // The task's authorizations end with it: whoever read the task just before the other
      // completion committed is refused by the check that follows. That refusal is the same
      // conflict, but only for a task that ended while this request ran.
      if (ended != null
          && status == HttpStatus.FORBIDDEN.value()
          && ended.getEndTime().before(started)) {
        ended = null;
      }
      if (ended == null) {
        buffered.copyBodyToResponse();
        return;
      }
      buffered.resetBuffer();
      buffered.setStatus(HttpStatus.CONFLICT.value());
      buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
      buffered.setCharacterEncoding(StandardCharsets.UTF_8.name());
      buffered
          .getWriter()
          .write(
              "{\"type\":\"TaskAlreadyCompleted\",\"message\":\"Task %s was already completed at %s\"}"
                  .formatted(ended.getId(), ended.getEndTime().toInstant()));
      buffered.getWriter().flush();
      buffered.copyBodyToResponse();
    }
  }
}
