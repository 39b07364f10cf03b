package org.accord.initiative;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * An initiative's workplan in the shape of the Cusco plan's annex: objectives, each with activities
 * (numbered 1.1, 1.2, 2.1 … by their place), their time-frame, indicators, the member responsible,
 * outputs, and the financial and technical support each needs.
 */
public record Workplan(List<Objective> objectives) {

  public static Workplan empty() {
    return new Workplan(List.of());
  }

  public Stream<Activity> activities() {
    return objectives.stream().flatMap(objective -> objective.activities().stream());
  }

  public record Objective(String objective, List<Activity> activities) {}

  public record Activity(
      String code,
      String description,
      LocalDate start,
      LocalDate end,
      List<Indicator> indicators,
      String responsible,
      List<String> outputs,
      Support support) {}

  /** An indicator; {@code planCode} and {@code kpiCode} name the plan KPI it counts toward. */
  public record Indicator(
      String name, String unit, BigDecimal target, String planCode, String kpiCode) {}

  public record Support(List<Financial> financial, List<Technical> technical) {}

  public record Financial(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
      String currency,
      String purpose) {}

  public record Technical(String topic, BigDecimal personDays) {}
}
