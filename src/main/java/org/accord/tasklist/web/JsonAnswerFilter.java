package org.accord.tasklist.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Lets Camunda answer a request of Tasklist's, then amends the JSON it answered before it leaves:
 * what the webapp shows is changed without changing how the engine decides.
 */
abstract class JsonAnswerFilter extends OncePerRequestFilter {

  /** JSON, and the HAL JSON Tasklist asks for its lists and tasks in. */
  private static final Pattern JSON_TYPE = Pattern.compile("application/(?:hal\\+)?json");

  protected final ObjectMapper json;

  JsonAnswerFilter(ObjectMapper json) {
    this.json = json;
  }

  /** Changes the answer to the request in place; says whether it changed anything. */
  protected abstract boolean amend(HttpServletRequest request, JsonNode answer, int status);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      amendJson(request, answer);
    } finally {
      answer.copyBodyToResponse();
    }
  }

  private void amendJson(HttpServletRequest request, ContentCachingResponseWrapper answer)
      throws IOException {
    if (answer.getContentSize() == 0
        || answer.getContentType() == null
        || !JSON_TYPE.matcher(answer.getContentType()).lookingAt()) {
      return;
    }
    JsonNode body;
    try {
      body = json.readTree(answer.getContentAsByteArray());
    } catch (JsonProcessingException notJson) {
      return;
    }
    if (body != null && amend(request, body, answer.getStatus())) {
      byte[] amended = json.writeValueAsBytes(body);
      answer.resetBuffer();
      answer.getOutputStream().write(amended);
    }
  }
}
