package org.accord.plan;

import java.util.List;
import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.plan.PlanInput.KpiInput;
import org.accord.plan.PlanInput.NewPlan;
import org.accord.plan.PlanInput.OutcomeInput;
import org.accord.security.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Baku Action Plan 2026–2029 (seed 002) to try the plan with: its five priorities, one outcome
 * under each and a few KPIs, all marked as placeholders, since the seed says its outcomes and KPIs
 * are "to be filled in later". Created once; a restart keeps what is there.
 */
@Component
@Profile("demo")
@Order(3)
class PlanDemoData implements ApplicationRunner {

  static final String CODE = "BAP-2026";

  private final PlanService plans;

  PlanDemoData(PlanService plans) {
    this.plans = plans;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (plans.plans().stream().anyMatch(plan -> plan.code().equals(CODE))) {
      return;
    }
    String by = CurrentUser.SYSTEM;
    plans.create(new NewPlan(CODE, "Baku Action Plan 2026–2029", 2026, 2029), by);
    int number = 1;
    for (Priority priority : Priority.values()) {
      plans.addOutcome(
          CODE,
          new OutcomeInput("O" + number++, priority.name(), priority.label() + ": outcome", true),
          by);
    }
    List.of(
            new KpiInput(
                "K1.1",
                "Countries supported with affordable connectivity",
                KpiUnits.COUNTRIES,
                null,
                "O1",
                ContributionRule.DISTINCT_COUNTRIES.name(),
                true,
                Map.of()),
            new KpiInput(
                "K2.1",
                "People trained in digital skills",
                "people",
                null,
                "O2",
                ContributionRule.SUM.name(),
                true,
                Map.of()),
            new KpiInput(
                "K5.1",
                "Share of women among people trained",
                KpiUnits.PERCENT,
                null,
                "O5",
                ContributionRule.WEIGHTED_AVERAGE.name(),
                true,
                Map.of()))
        .forEach(kpi -> plans.addKpi(CODE, kpi, by));
  }
}
