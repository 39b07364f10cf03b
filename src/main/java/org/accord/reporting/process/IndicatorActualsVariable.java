package org.accord.reporting.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.accord.reporting.IndicatorActual;
import org.accord.shared.InvalidInputException;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The {@code indicatorActuals} variable: a JSON list, the type Tasklist's forms read into a dynamic
 * list and submit back. Engine-rest clients send it as {@code {"type": "Json", "value": "[...]"}};
 * a JSON string or a Java list is taken as well.
 */
final class IndicatorActualsVariable {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);

  private IndicatorActualsVariable() {}

  static JsonValue of(List<Map<String, Object>> entries) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(entries)).create();
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  static List<IndicatorActual> read(Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      if (value instanceof SpinJsonNode node) {
        return JSON.readValue(node.toString(), new TypeReference<>() {});
      }
      if (value instanceof String text) {
        return JSON.readValue(text, new TypeReference<>() {});
      }
      return JSON.convertValue(value, new TypeReference<>() {});
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw new InvalidInputException(
          ProgressReportingProcess.Variables.INDICATOR_ACTUALS,
          "must be a JSON list of {code, value, description, rating}");
    }
  }
}
