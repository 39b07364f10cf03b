package org.accord.tasklist.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.shared.process.FormChoices;
import org.accord.shared.web.RequestPaths;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Serves deployed Camunda Forms with the registers' choices in them. Camunda answers the form as
 * deployed (and checks who may read it); a field naming registered choices by {@code valuesKey}
 * then gets them as its {@code values}. Tasklist reads a start form's options from nowhere else: it
 * loads no variables for a start form.
 */
class FormsWithChoices extends JsonAnswerFilter {

  private static final Pattern DEPLOYED_FORM =
      Pattern.compile(
          "/(?:engine-rest|camunda/api/engine/engine/[^/]+)"
              + "/(?:process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/deployed-start-form"
              + "|task/[^/]+/deployed-form)");

  private final ObjectProvider<FormChoices> choices;

  /**
   * The registers are looked up at the first request, not while Tomcat starts the filter: their
   * mappers built on Tomcat's thread kept its class loader, and the next application started in the
   * same JVM could not load its own.
   */
  FormsWithChoices(ObjectProvider<FormChoices> choices, ObjectMapper json) {
    super(json);
    this.choices = choices;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !DEPLOYED_FORM.matcher(RequestPaths.of(request)).matches();
  }

  @Override
  protected boolean amend(HttpServletRequest request, JsonNode form, int status) {
    return status == HttpServletResponse.SC_OK && form instanceof ObjectNode && fillChoices(form);
  }

  /** Whether any field, at any depth of groups, was given choices. */
  private boolean fillChoices(JsonNode component) {
    return fillChoices(
        component,
        choices.orderedStream().collect(Collectors.toMap(FormChoices::name, Function.identity())));
  }

  private boolean fillChoices(JsonNode component, Map<String, FormChoices> byName) {
    boolean filled = false;
    if (component instanceof ObjectNode field
        && field.path("valuesKey").isTextual()
        && byName.containsKey(field.get("valuesKey").asText())) {
      ArrayNode values = field.putArray("values");
      byName.get(field.get("valuesKey").asText()).choices().get().stream()
          .map(
              choice ->
                  json.createObjectNode().put("label", choice.label()).put("value", choice.value()))
          .forEach(values::add);
      field.remove("valuesKey");
      filled = true;
    }
    for (JsonNode child : component.path("components")) {
      filled |= fillChoices(child, byName);
    }
    return filled;
  }
}
