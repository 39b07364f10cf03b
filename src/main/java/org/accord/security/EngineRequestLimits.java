package org.accord.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.shared.process.ProcessAccess;
import org.accord.shared.web.RequestPaths;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the engine's API answers before the engine is asked, on engine-rest and on the webapps'
 * engine API alike:
 *
 * <ul>
 *   <li>The engine's statistics and reports, and correlating messages, signals and conditions, are
 *       the agency's: statistics count every agreement's instances whatever the user may read (the
 *       engine checks only the definition), and a correlation's answer told a partner whether
 *       another partner's agreement waits for a message. The process's model (its XML, drawn as the
 *       task's diagram) is the agency's internal procedure, and its start form offers the partner
 *       register. A partner's representative is refused them (403), whatever they name, except the
 *       start form of a process its declaration lets partners start (a request to join an
 *       initiative): reading it and submitting it.
 *   <li>A task one may not see answers exactly as a missing one (404), on every path under it: the
 *       engine answered some of them 403 for another's task and 400 or 500 for a missing one. What
 *       the engine itself refuses for a task the user may not see (completing it, submitting or
 *       resolving it; reading it, its form and its form's variables, as Tasklist does for every
 *       task it opens) is asked of the engine first, and only a refusal is looked at again: a task
 *       count with authorization checks before every completion was the largest cost engine-rest
 *       added to the engine's own, and before every task Tasklist opened it was three such counts
 *       (issue 22).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class EngineRequestLimits {

  private static final String ENGINE_API = "/(?:engine-rest|camunda/api/engine/engine/[^/]+)";

  // process-definition/statistics, .../{id}/statistics, history/process-instance/report,
  // history/.../cleanable-process-instance-report, task/report/candidate-group-count, message,
  // process-definition/{id}/xml, process-definition/key/{key}/xml, a definition's start form ...
  private static final Pattern AGENCY_ONLY =
      Pattern.compile(
          ENGINE_API
              + "(?:/.*/(?:statistics|[a-z-]*report)(?:/.*)?|/(?:message|signal|condition)/?"
              + "|/process-definition/.*/(?:xml|startForm|deployed-start-form|form-variables"
              + "|rendered-form|start|submit-form))");

  /** A start form's paths, by the definition's key or id ({@code key:version:uuid}). */
  private static final String START_FORM =
      ENGINE_API
          + "/process-definition/(?:key/)?(%s)(?:(?::|%%3A)[^/]*)?"
          + "/(?:startForm|deployed-start-form|form-variables|rendered-form|submit-form)";

  private static final Pattern TASK = Pattern.compile(ENGINE_API + "/task/([^/]+)(?:/.*)?");

  /** Working on a task: the engine itself checks that the user may, before it changes anything. */
  private static final Pattern TASK_WORK =
      Pattern.compile(ENGINE_API + "/task/[^/]+/(?:complete|submit-form|resolve)");

  /** Reading a task, its form and its form's variables: the engine refuses another's (403, 404). */
  private static final Pattern TASK_READ =
      Pattern.compile(ENGINE_API + "/task/[^/]+(?:/form|/form-variables)?");

  private static final List<String> PAGING = List.of("firstResult", "maxResults");

  /** The task resource's own paths that name no task. */
  private static final Set<String> NOT_TASK_IDS = Set.of("count", "create", "report");

  static final String NOT_FOUND =
      "{\"type\":\"InvalidRequestException\",\"message\":\"Not found, or not visible to you\"}";

  /**
   * After HTTP Basic ({@link EngineAuthenticationConfiguration}), which it reads the user from, and
   * before what answers for the engine on a task it has found visible (comments).
   */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  @Bean
  FilterRegistrationBean<Filter> engineRequestLimitsFilter(
      IdentityService identityService, TaskService taskService, List<ProcessAccess> processes) {
    List<String> startable =
        processes.stream()
            .filter(ProcessAccess::partnersStart)
            .map(process -> Pattern.quote(process.processKey()))
            .toList();
    Pattern partnersStartForms =
        startable.isEmpty()
            ? null
            : Pattern.compile(START_FORM.formatted(String.join("|", startable)));
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Limits(identityService, taskService, partnersStartForms));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("engineRequestLimits");
    registration.setOrder(ORDER);
    return registration;
  }

  static final class Limits implements Filter {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final Pattern partnersStartForms;

    Limits(IdentityService identityService, TaskService taskService, Pattern partnersStartForms) {
      this.identityService = identityService;
      this.taskService = taskService;
      this.partnersStartForms = partnersStartForms;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      HttpServletResponse answer = (HttpServletResponse) response;
      String badPaging = badPaging(http);
      if (badPaging != null) {
        answer(
            answer,
            HttpServletResponse.SC_BAD_REQUEST,
            "{\"type\":\"InvalidRequestException\",\"message\":\"Query parameter '"
                + badPaging
                + "' must be a whole number, 0 or more\"}");
        return;
      }
      Authentication user = RequestUser.of(http, identityService);
      if (user == null) {
        chain.doFilter(request, response);
        return;
      }
      String path = RequestPaths.of(http);
      if (AGENCY_ONLY.matcher(path).matches()
          && isPartner(user)
          && (partnersStartForms == null || !partnersStartForms.matcher(path).matches())) {
        answer(
            answer,
            HttpServletResponse.SC_FORBIDDEN,
            "{\"type\":\"AuthorizationException\","
                + "\"message\":\"Statistics, reports, correlations, process models and start forms are"
                + " for the agency's staff\"}");
        return;
      }
      Matcher task = TASK.matcher(path);
      if (task.matches() && !NOT_TASK_IDS.contains(task.group(1))) {
        if (("POST".equals(http.getMethod()) && TASK_WORK.matcher(path).matches())
            || ("GET".equals(http.getMethod()) && TASK_READ.matcher(path).matches())) {
          askTheEngineFirst(task.group(1), user, http, answer, chain);
          return;
        }
        if (!visible(user, task.group(1))) {
          answer(answer, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
          return;
        }
      }
      chain.doFilter(request, response);
    }

    /** The engine's refusal for a task the user may not see is told as a missing task's. */
    private void askTheEngineFirst(
        String taskId,
        Authentication user,
        HttpServletRequest request,
        HttpServletResponse response,
        FilterChain chain)
        throws IOException, ServletException {
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      if (buffered.getStatus() >= HttpServletResponse.SC_BAD_REQUEST && !visible(user, taskId)) {
        buffered.resetBuffer();
        answer(buffered, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
      }
      buffered.copyBodyToResponse();
    }

    /** A paging parameter the database would refuse (the webapps' API answered it with 500). */
    private static String badPaging(HttpServletRequest request) {
      // From the query string itself: asking the request for parameters would read a form body.
      String query = request.getQueryString();
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        if (PAGING.contains(name) && !value.matches("\\d{1,9}")) {
          return name;
        }
      }
      return null;
    }

    private boolean visible(Authentication user, String taskId) {
      return RequestUser.as(
          identityService, user, () -> taskService.createTaskQuery().taskId(taskId).count() > 0);
    }

    private static boolean isPartner(Authentication user) {
      return !PartnerGroups.areAgencyStaff(user.getGroupIds());
    }

    private static void answer(HttpServletResponse answer, int status, String json)
        throws IOException {
      answer.setStatus(status);
      answer.setContentType("application/json");
      answer.getWriter().write(json);
      answer.getWriter().flush();
    }
  }
}
