package org.accord.tasklist.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.accord.shared.web.RequestPaths;

/**
 * Tasklist's engine API answers a refused form with the engine's framing around Accord's reason,
 * "Cannot submit task form 5f3c…: screeningComment: is required when …", and Tasklist shows it as
 * it is. The person who pressed Complete or Start reads the reason alone. (engine-rest answers
 * through Accord's own error mapper and needs no such care.)
 */
class PlainRefusals extends JsonAnswerFilter {

  private static final Pattern FORM_SUBMISSION =
      Pattern.compile(
          "/camunda/api/engine/engine/[^/]+/(?:task|process-definition)/[^/]+(?:/[^/]+)?"
              + "/(?:submit-form|complete|start)");

  private static final Pattern FRAMING =
      Pattern.compile(
          "^(?:Cannot submit task form|Cannot complete task|Cannot instantiate process"
              + " definition) \\S+: ");

  PlainRefusals(ObjectMapper json) {
    super(json);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !FORM_SUBMISSION.matcher(RequestPaths.of(request)).matches();
  }

  @Override
  protected boolean amend(HttpServletRequest request, JsonNode answer, int status) {
    if (status < 400
        || !(answer instanceof ObjectNode refusal)
        || !answer.path("message").isTextual()) {
      return false;
    }
    String message = answer.get("message").asText();
    String reason = FRAMING.matcher(message).replaceFirst("");
    refusal.put("message", reason);
    return !reason.equals(message);
  }
}
