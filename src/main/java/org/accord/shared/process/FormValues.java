package org.accord.shared.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Tasklist form submitted. Form-js sends text, numbers, dates as ISO text and lists as
 * JSON; anything that does not fit is recorded against the variable's name.
 */
public final class FormValues {

  private final VariableScope scope;
  private final Violations violations;

  public FormValues(VariableScope scope, Violations violations) {
    this.scope = scope;
    this.violations = violations;
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String value = text(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException unknown) {
      violations.add(
          name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  public LocalDate date(String name) {
    String value = text(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      // form-js date fields submit yyyy-MM-dd; a date-time keeps its date part.
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException notADate) {
      violations.add(name, "'" + value + "' is not a date (yyyy-MM-dd)");
      return null;
    }
  }

  public BigDecimal decimal(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException notANumber) {
      violations.add(name, "'" + value + "' is not a number");
      return null;
    }
  }

  /** A list from a form-js checklist (JSON), a Java list, or comma-separated text. */
  public List<String> list(String name) {
    Object value = scope.getVariable(name);
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> items.add(element.stringValue()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> items.add(String.valueOf(element)));
    } else if (value != null) {
      for (String part : value.toString().split("[,;\\s]+")) {
        if (!part.isBlank()) {
          items.add(part.strip());
        }
      }
    }
    return items;
  }

  public <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
    List<E> values = new ArrayList<>();
    for (String item : list(name)) {
      try {
        values.add(Enum.valueOf(type, item));
      } catch (IllegalArgumentException unknown) {
        violations.add(
            name, "'" + item + "' is not one of " + Arrays.toString(type.getEnumConstants()));
      }
    }
    return values;
  }
}
