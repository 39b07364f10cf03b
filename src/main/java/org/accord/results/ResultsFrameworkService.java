package org.accord.results;

import java.math.BigDecimal;
import java.util.List;
import org.accord.results.persistence.ResultsFrameworkMapper;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The results framework (logframe) of an agreement, in the terms of results-based management. */
@Service
public class ResultsFrameworkService {

  private final ResultsFrameworkMapper mapper;
  private final KpiLinks links;

  ResultsFrameworkService(ResultsFrameworkMapper mapper, KpiLinks links) {
    this.mapper = mapper;
    this.links = links;
  }

  /**
   * Checks a framework: at least one objective, each measured by an indicator; an indicator linked
   * to a KPI of the plan fits the KPI's contribution rule.
   */
  public void check(List<ObjectivePlan> results, String field, Violations violations) {
    if (results == null || results.isEmpty()) {
      violations.add(field, "needs at least one objective");
      return;
    }
    for (int i = 0; i < results.size(); i++) {
      String at = field + "[" + i + "]";
      ObjectivePlan objective = results.get(i);
      if (objective == null) {
        violations.add(at, "is required");
        continue;
      }
      violations.requireText(at + ".objective", objective.objective(), 1000);
      List<ActivityPlan> activities =
          objective.activities() == null ? List.of() : objective.activities();
      for (int a = 0; a < activities.size(); a++) {
        String activityAt = at + ".activities[" + a + "]";
        ActivityPlan activity = activities.get(a);
        if (activity == null) {
          violations.add(activityAt, "is required");
          continue;
        }
        violations.requireText(activityAt + ".description", activity.description(), 1000);
        violations.requireText(activityAt + ".timeFrame", activity.timeFrame(), 100);
        violations.requireText(activityAt + ".responsible", activity.responsible(), 300);
        List<String> outputs = activity.outputs() == null ? List.of() : activity.outputs();
        for (int o = 0; o < outputs.size(); o++) {
          violations.requireText(activityAt + ".outputs[" + o + "]", outputs.get(o), 500);
        }
      }
      List<IndicatorPlan> indicators =
          objective.indicators() == null ? List.of() : objective.indicators();
      if (indicators.isEmpty()) {
        violations.add(at + ".indicators", "needs at least one indicator");
      }
      for (int n = 0; n < indicators.size(); n++) {
        String indicatorAt = at + ".indicators[" + n + "]";
        IndicatorPlan indicator = indicators.get(n);
        if (indicator == null) {
          violations.add(indicatorAt, "is required");
          continue;
        }
        violations.requireText(indicatorAt + ".name", indicator.name(), 500);
        violations.requireText(indicatorAt + ".unit", indicator.unit(), 100);
        if (indicator.isQualitative()) {
          violations.requireText(
              indicatorAt + ".targetDescription", indicator.targetDescription(), 500);
        } else {
          requireValue(indicator, indicatorAt + ".baseline", indicator.baseline(), violations);
          requireValue(indicator, indicatorAt + ".target", indicator.target(), violations);
          if (indicator.targetDescription() != null
              && indicator.targetDescription().length() > 500) {
            violations.add(indicatorAt + ".targetDescription", "must be at most 500 characters");
          }
        }
        if (indicator.kpi() != null) {
          if (indicator.isQualitative()) {
            violations.add(
                indicatorAt + ".kpi",
                "a qualitative indicator is described, not counted: it cannot add to a KPI");
          } else {
            links.check(indicator, indicatorAt + ".kpi", violations);
          }
        }
      }
    }
  }

  // What numeric(19, 4) holds: fifteen digits before the point, four after.
  private static final BigDecimal LARGEST_MEASURE = new BigDecimal("1000000000000000");

  private static final BigDecimal HUNDRED = new BigDecimal(100);

  /** A measured value: a number that fits the column, and a share for a percentage. */
  public static void requireValue(
      IndicatorPlan indicator, String field, BigDecimal value, Violations violations) {
    if (value == null) {
      violations.add(
          field, "is required: the indicator is measured as a " + indicator.measureOrDefault());
    } else if (indicator.measureOrDefault() == Measure.PERCENTAGE
        && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      violations.add(field, "must be a percentage between 0 and 100");
    } else if (value.abs().compareTo(LARGEST_MEASURE) >= 0) {
      violations.add(field, "must be less than 10^15 in size");
    } else if (value.stripTrailingZeros().scale() > 4) {
      violations.add(field, "must have at most four decimal places");
    }
  }

  @Transactional
  public void save(long agreementId, List<ObjectivePlan> results) {
    mapper.deleteByAgreement(agreementId);
    for (int i = 0; i < results.size(); i++) {
      ObjectivePlan objective = results.get(i);
      long objectiveId = mapper.insertObjective(agreementId, i, objective.objective().strip());
      List<ActivityPlan> activities =
          objective.activities() == null ? List.of() : objective.activities();
      for (int a = 0; a < activities.size(); a++) {
        ActivityPlan activity = activities.get(a);
        List<String> outputs = activity.outputs() == null ? List.of() : activity.outputs();
        mapper.insertActivity(objectiveId, a, activity, outputs);
      }
      for (int n = 0; n < objective.indicators().size(); n++) {
        IndicatorPlan indicator = objective.indicators().get(n);
        boolean measured = !indicator.isQualitative();
        mapper.insertIndicator(
            objectiveId,
            n,
            indicator,
            indicator.measureOrDefault(),
            measured ? indicator.baseline() : null,
            measured ? indicator.target() : null);
      }
    }
  }

  public List<ObjectivePlan> find(long agreementId) {
    return mapper.findByAgreement(agreementId);
  }

  /** Every indicator of the agreement's framework, in order, with its code. */
  public List<IndicatorPlan> indicators(long agreementId) {
    return find(agreementId).stream()
        .flatMap(objective -> objective.indicators().stream())
        .toList();
  }
}
