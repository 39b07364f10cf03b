package org.accord.reporting.process;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.reporting.IndicatorActual;
import org.accord.reporting.ProgressRating;
import org.accord.reporting.ReportingPeriod;
import org.accord.results.IndicatorPlan;

/** What the reporting forms show of a period: its name, and an entry per indicator. */
final class ReportFormContent {

  private ReportFormContent() {}

  /** The period as the forms name it. */
  static String label(ReportingPeriod period, int periods) {
    return "Period "
        + period.number()
        + " of "
        + periods
        + ": "
        + period.startsOn()
        + " to "
        + period.endsOn()
        + ", report due "
        + period.dueOn()
        + (period.finalPeriod() ? " (final report)" : "");
  }

  /**
   * An indicator as the forms show it: the value expected by the period's end against the target,
   * and what the latest submission of the period's report said of it, if there is one.
   */
  static Map<String, Object> entry(
      Agreement agreement,
      ReportingPeriod period,
      IndicatorPlan indicator,
      List<IndicatorActual> previousActuals) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("code", indicator.code());
    entry.put("indicator", indicator.name() + " (" + indicator.unit() + ")");
    entry.put(
        "expected",
        indicator.isQualitative()
            ? indicator.targetDescription()
            : ProgressRating.expected(
                        indicator, agreement.startDate(), agreement.endDate(), period.endsOn())
                    .setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + " by "
                + period.endsOn()
                + " (target "
                + indicator.target().stripTrailingZeros().toPlainString()
                + " by "
                + agreement.endDate()
                + ")");
    entry.put("measure", indicator.measureOrDefault().name());
    if (indicator.countsCountries()) {
      entry.put("countsCountries", true);
    }
    previousActuals.stream()
        .filter(actual -> actual.code().equals(indicator.code()))
        .findFirst()
        .ifPresent(
            actual -> {
              if (actual.value() != null) {
                entry.put("value", actual.value().stripTrailingZeros().toPlainString());
              }
              if (actual.description() != null) {
                entry.put("description", actual.description());
              }
              if (actual.rating() != null) {
                entry.put("rating", actual.rating().name());
              }
              if (actual.countries() != null) {
                entry.put("countries", actual.countries());
              }
            });
    return entry;
  }
}
