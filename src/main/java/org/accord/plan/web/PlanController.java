package org.accord.plan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.accord.plan.Kpi;
import org.accord.plan.Outcome;
import org.accord.plan.Plan;
import org.accord.plan.PlanChange;
import org.accord.plan.PlanDetail;
import org.accord.plan.PlanInput.KpiInput;
import org.accord.plan.PlanInput.NewPlan;
import org.accord.plan.PlanInput.OutcomeInput;
import org.accord.plan.PlanInput.PlanUpdate;
import org.accord.plan.PlanService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The strategic plan: managers create and change it, the agency's staff read it, partners'
 * representatives get 403 (nothing of it is theirs yet).
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

  private static final String PATH = "/api/plans/";

  /** One year's target. */
  record TargetInput(BigDecimal target) {}

  private final PlanService plans;
  private final CurrentUser currentUser;

  PlanController(PlanService plans, CurrentUser currentUser) {
    this.plans = plans;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<Plan> list() {
    mayRead();
    return plans.plans();
  }

  @PostMapping
  ResponseEntity<PlanDetail> create(@RequestBody NewPlan plan) {
    mayChange();
    PlanDetail created = plans.create(plan, currentUser.actor());
    return created(created.code(), created);
  }

  @GetMapping("/{id}")
  PlanDetail plan(@PathVariable String id) {
    mayRead();
    return plans.plan(id);
  }

  @PutMapping("/{id}")
  PlanDetail update(@PathVariable String id, @RequestBody PlanUpdate update) {
    mayChange();
    return plans.update(id, update, currentUser.actor());
  }

  @PostMapping("/{id}/outcomes")
  ResponseEntity<Outcome> addOutcome(@PathVariable String id, @RequestBody OutcomeInput outcome) {
    mayChange();
    Outcome added = plans.addOutcome(id, outcome, currentUser.actor());
    return ResponseEntity.created(URI.create(PATH + id + "/outcomes/" + added.code())).body(added);
  }

  @PutMapping("/{id}/outcomes/{code}")
  Outcome changeOutcome(
      @PathVariable String id, @PathVariable String code, @RequestBody OutcomeInput outcome) {
    mayChange();
    return plans.changeOutcome(id, code, outcome, currentUser.actor());
  }

  /** The KPIs and targets in force now, or at the end of the day {@code asOf} (UTC). */
  @GetMapping("/{id}/kpis")
  List<Kpi> kpis(
      @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    mayRead();
    return plans.kpis(id, asOf);
  }

  @PostMapping("/{id}/kpis")
  ResponseEntity<Kpi> addKpi(@PathVariable String id, @RequestBody KpiInput kpi) {
    mayChange();
    Kpi added = plans.addKpi(id, kpi, currentUser.actor());
    return created(id + "/kpis/" + added.code(), added);
  }

  @PutMapping("/{id}/kpis/{code}")
  Kpi putKpi(@PathVariable String id, @PathVariable String code, @RequestBody KpiInput kpi) {
    mayChange();
    return plans.putKpi(id, code, kpi, currentUser.actor());
  }

  @PutMapping("/{id}/kpis/{code}/targets/{year}")
  Kpi putTarget(
      @PathVariable String id,
      @PathVariable String code,
      @PathVariable int year,
      @RequestBody TargetInput target) {
    mayChange();
    return plans.putTarget(id, code, year, target.target(), currentUser.actor());
  }

  @GetMapping("/{id}/history")
  List<PlanChange> history(@PathVariable String id) {
    mayRead();
    return plans.history(id);
  }

  private static <T> ResponseEntity<T> created(String below, T body) {
    return ResponseEntity.created(URI.create(PATH + below)).body(body);
  }

  private void mayRead() {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("The plan is read by the agency's staff");
    }
  }

  private void mayChange() {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Only managers change the plan");
    }
  }
}
