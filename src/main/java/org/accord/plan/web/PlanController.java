package org.accord.plan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.accord.plan.Kpi;
import org.accord.plan.KpiActuals;
import org.accord.plan.KpiStanding;
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
import org.accord.shared.Violations;
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

  private static final int MAX_PAGE_SIZE = 500;

  private final PlanService plans;
  private final KpiActuals actuals;
  private final CurrentUser currentUser;

  PlanController(PlanService plans, KpiActuals actuals, CurrentUser currentUser) {
    this.plans = plans;
    this.actuals = actuals;
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

  /**
   * Each KPI's actual in a year (this year by default) against its target in force now, or at the
   * end of the day {@code asOf}, over all agreements and by region.
   */
  @GetMapping("/{id}/actuals")
  KpiStanding actuals(
      @PathVariable String id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    mayRead();
    return actuals.standing(id, year, asOf);
  }

  /** The agreements that contributed to a KPI in a year, a page at a time. */
  @GetMapping("/{id}/kpis/{code}/contributions")
  KpiActuals.Contributors contributions(
      @PathVariable String id,
      @PathVariable String code,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    mayRead();
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    violations.throwIfAny();
    return actuals.contributors(id, code, year, page, size);
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
