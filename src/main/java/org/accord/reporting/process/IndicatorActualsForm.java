package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Variables.INDICATOR_ACTUALS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.reporting.IndicatorActual;
import org.accord.shared.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The indicator actuals of a report as the process carries them. Clients of engine-rest and the API
 * send one JSON list, {@code indicatorActuals} ({@code {"type": "Json", "value": "[...]"}}).
 * Tasklist's forms get one JSON object per indicator instead, {@code indicatorActual1} to {@code
 * indicatorActual12}, each shown as a group: Tasklist 7.24 counts the empty error entries form-js
 * keeps for the fields of a dynamic list as errors, and never enables Complete on such a form.
 */
public final class IndicatorActualsForm {

  /** How many indicators the Tasklist forms show; the API takes any number. */
  static final int SLOTS = 12;

  static final String SLOT_PREFIX = "indicatorActual";

  /** Whether the framework has more indicators than the forms show. */
  static final String BEYOND_FORM = "indicatorsBeyondForm";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);

  private IndicatorActualsForm() {}

  /** The names of the form's slots, {@code indicatorActual1} to {@code indicatorActual12}. */
  static List<String> slots() {
    return java.util.stream.IntStream.rangeClosed(1, SLOTS).mapToObj(n -> SLOT_PREFIX + n).toList();
  }

  /** One entry per indicator into the form's slots; the list of a previous client is dropped. */
  static void offer(VariableScope scope, List<Map<String, Object>> entries) {
    scope.removeVariable(INDICATOR_ACTUALS);
    for (int slot = 1; slot <= SLOTS; slot++) {
      if (slot <= entries.size()) {
        scope.setVariable(SLOT_PREFIX + slot, json(entries.get(slot - 1)));
      } else {
        scope.removeVariable(SLOT_PREFIX + slot);
      }
    }
    scope.setVariable(BEYOND_FORM, entries.size() > SLOTS);
  }

  /** What was submitted: the client's list if it sent one, otherwise the form's slots. */
  static List<IndicatorActual> submitted(VariableScope scope) {
    Object list = scope.getVariable(INDICATOR_ACTUALS);
    if (list != null) {
      return read(list, new TypeReference<List<IndicatorActual>>() {});
    }
    List<IndicatorActual> actuals = new ArrayList<>();
    for (int slot = 1; slot <= SLOTS; slot++) {
      Object entry = scope.getVariable(SLOT_PREFIX + slot);
      IndicatorActual actual =
          entry == null ? null : read(entry, new TypeReference<IndicatorActual>() {});
      // Tasklist submits the slots the form hid, for indicators the framework does not have.
      if (actual != null && actual.code() != null) {
        actuals.add(actual);
      }
    }
    return actuals;
  }

  /** The list as an engine variable, as clients send it. */
  public static Object list(List<IndicatorActual> actuals) {
    return json(actuals == null ? List.of() : actuals);
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static <T> T read(Object value, TypeReference<T> type) {
    try {
      if (value instanceof SpinJsonNode node) {
        return JSON.readValue(node.toString(), type);
      }
      if (value instanceof String text) {
        return JSON.readValue(text, type);
      }
      return JSON.convertValue(value, type);
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw new InvalidInputException(
          INDICATOR_ACTUALS, "must be a JSON list of {code, value, description, rating}");
    }
  }
}
