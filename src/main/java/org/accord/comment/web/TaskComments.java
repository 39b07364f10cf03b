package org.accord.comment.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.comment.TaskCommentService;
import org.accord.security.EngineRequestLimits;
import org.accord.security.RequestUser;
import org.accord.shared.InvalidInputException;
import org.accord.shared.web.RequestPaths;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * A task's comments, read and added through engine-rest's and Tasklist's own paths ({@code
 * task/{id}/comment}, {@code task/{id}/comment/create}) by whoever may work on the task. Camunda's
 * resource first looks for the task in the history, which only managers may read here: everyone
 * else, a partner's representative on their own sign-off included, was told "No task found". The
 * engine still checks that the user may work on the task before a comment is added.
 */
@Configuration(proxyBeanMethods = false)
class TaskComments {

  private static final Pattern COMMENTS =
      Pattern.compile(
          "/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/comment(/create)?/?");

  @Bean
  // Lazy: a filter's dependencies are built while Tomcat starts, with its web application's class
  // loader as the thread's; built there, the comment service's left it on the main thread, and the
  // next application started in the same JVM (the standalone tests) failed to load its mappers.
  FilterRegistrationBean<Filter> taskCommentsFilter(
      IdentityService identityService, @Lazy TaskCommentService comments, ObjectMapper json) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Comments(identityService, comments, json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("taskComments");
    // After the task was found visible to the user.
    registration.setOrder(EngineRequestLimits.ORDER + 1);
    return registration;
  }

  static final class Comments implements Filter {

    private final IdentityService identityService;
    private final TaskCommentService comments;
    private final ObjectMapper json;

    Comments(IdentityService identityService, TaskCommentService comments, ObjectMapper json) {
      this.identityService = identityService;
      this.comments = comments;
      this.json = json;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      Matcher path = COMMENTS.matcher(RequestPaths.of(http));
      boolean create = path.matches() && path.group(1) != null && path.group(2) != null;
      boolean list = path.matches() && path.group(2) == null;
      Authentication user = RequestUser.of(http, identityService);
      if (user == null
          || !(create && "POST".equals(http.getMethod())
              || list && "GET".equals(http.getMethod()))) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletResponse answer = (HttpServletResponse) response;
      try {
        RequestUser.as(
            identityService,
            user,
            () -> {
              if (create) {
                create(path.group(1), http, answer);
              } else {
                write(
                    answer,
                    HttpServletResponse.SC_OK,
                    comments.of(path.group(1)).stream().map(this::dto).toList());
              }
              return null;
            });
      } catch (InvalidInputException invalid) {
        write(
            answer,
            HttpServletResponse.SC_BAD_REQUEST,
            error("InvalidRequestException", invalid.getMessage()));
      } catch (AuthorizationException refused) {
        write(
            answer,
            HttpServletResponse.SC_FORBIDDEN,
            error("AuthorizationException", "You may not comment on this task"));
      }
    }

    private void create(String taskId, HttpServletRequest request, HttpServletResponse answer)
        throws IOException {
      JsonNode body;
      try {
        body = json.readTree(request.getInputStream());
      } catch (IOException unreadable) {
        body = null;
      }
      String message = body == null ? null : body.path("message").asText(null);
      write(answer, HttpServletResponse.SC_OK, dto(comments.add(taskId, message)));
    }

    /** As engine-rest writes a comment. */
    private Map<String, Object> dto(Comment comment) {
      Map<String, Object> dto = new LinkedHashMap<>();
      dto.put("id", comment.getId());
      dto.put("userId", comment.getUserId());
      dto.put("taskId", comment.getTaskId());
      dto.put("processInstanceId", comment.getProcessInstanceId());
      dto.put("time", new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(comment.getTime()));
      dto.put("message", comment.getFullMessage());
      dto.put("links", List.of());
      return dto;
    }

    private static Map<String, Object> error(String type, String message) {
      return Map.of("type", type, "message", message);
    }

    private void write(HttpServletResponse answer, int status, Object body) throws IOException {
      answer.setStatus(status);
      answer.setContentType("application/json");
      answer.setCharacterEncoding("UTF-8");
      json.writeValue(answer.getOutputStream(), body);
    }
  }
}
