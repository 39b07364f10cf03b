package org.accord.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.accord.agreement.Priority;
import org.accord.plan.PlanInput.KpiInput;
import org.accord.plan.PlanInput.NewPlan;
import org.accord.plan.PlanInput.OutcomeInput;
import org.accord.plan.PlanInput.PlanUpdate;
import org.accord.plan.persistence.PlanMapper;
import org.accord.plan.persistence.PlanMapper.ChangeRow;
import org.accord.results.OutputType;
import org.accord.shared.ConflictException;
import org.accord.shared.JsonRecords;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's use cases. Every change is checked as a whole first (a 400 names each wrong field and
 * writes nothing), then written under the plan's row lock together with its line in the history:
 * the record before and after, who and when.
 */
@Service
public class PlanService {

  static final String PLAN = "PLAN";
  static final String OUTCOME = "OUTCOME";
  static final String KPI = "KPI";

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]*");
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PlanMapper plans;
  private final JsonRecords json;
  private final Clock clock;

  PlanService(PlanMapper plans, JsonRecords json, Clock clock) {
    this.plans = plans;
    this.json = json;
    this.clock = clock;
  }

  /** Every plan period, the earliest first. */
  @Transactional(readOnly = true)
  public List<Plan> plans() {
    return plans.plans();
  }

  /** The plan with its priorities, outcomes, outputs and KPIs as they stand. */
  @Transactional(readOnly = true)
  public PlanDetail plan(String code) {
    Plan plan = existing(code);
    List<Outcome> outcomes = plans.outcomes(code);
    List<PlanDetail.PriorityOutcomes> priorities =
        Arrays.stream(Priority.values())
            .map(
                priority ->
                    new PlanDetail.PriorityOutcomes(
                        priority,
                        priority.label(),
                        outcomes.stream().filter(o -> o.priority() == priority).toList()))
            .toList();
    List<PlanDetail.Output> outputs =
        Arrays.stream(OutputType.values())
            .map(type -> new PlanDetail.Output(type, type.label()))
            .toList();
    return new PlanDetail(
        plan.code(),
        plan.title(),
        plan.firstYear(),
        plan.lastYear(),
        priorities,
        outputs,
        kpisNow(code));
  }

  /**
   * The plan's KPIs and targets in force at the end of {@code asOf} (UTC), as the history has them;
   * those in force now when {@code asOf} is null.
   */
  @Transactional(readOnly = true)
  public List<Kpi> kpis(String code, LocalDate asOf) {
    existing(code);
    if (asOf == null) {
      return kpisNow(code);
    }
    Instant before = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return plans.kpisAsOf(code, before).stream()
        .filter(Objects::nonNull)
        .map(record -> json.read(record, Kpi.class))
        .toList();
  }

  /** Every change to the plan, the newest first. */
  @Transactional(readOnly = true)
  public List<PlanChange> history(String code) {
    existing(code);
    return plans.history(code).stream()
        .map(
            row ->
                new PlanChange(
                    row.id(),
                    row.changedAt(),
                    row.changedBy(),
                    row.subject(),
                    row.subjectCode(),
                    json.tree(row.before()),
                    json.tree(row.after())))
        .toList();
  }

  @Transactional
  public PlanDetail create(NewPlan input, String actor) {
    Violations violations = new Violations();
    String code = requireCode(violations, "code", input.code());
    Plan plan = checkedPlan(violations, code, input.title(), input.firstYear(), input.lastYear());
    if (code != null && plans.plan(code).isPresent()) {
      violations.add("code", "a plan " + code + " exists already");
    }
    violations.throwIfAny();
    try {
      plans.insertPlan(plan, now(), actor);
    } catch (DataIntegrityViolationException createdAtTheSameTime) {
      // Another manager's plan, committed between the checks above and this insert: the code's
      // primary key or the periods' exclusion constraint refuses it.
      throw new ConflictException(
          "Another plan with this code or an overlapping period was created at the same time;"
              + " read the plans again");
    }
    record(code, actor, PLAN, code, null, plan);
    return plan(code);
  }

  @Transactional
  public PlanDetail update(String code, PlanUpdate input, String actor) {
    Plan before = locked(code);
    Violations violations = new Violations();
    Plan after = checkedPlan(violations, code, input.title(), input.firstYear(), input.lastYear());
    if (violations.isEmpty()) {
      for (Kpi kpi : kpisNow(code)) {
        Optional<Integer> outside =
            kpi.targets().keySet().stream().filter(year -> !after.covers(year)).findFirst();
        if (outside.isPresent()) {
          violations.add(
              outside.get() < after.firstYear() ? "firstYear" : "lastYear",
              "KPI " + kpi.code() + " has a target for " + outside.get());
          break;
        }
      }
    }
    violations.throwIfAny();
    if (!after.equals(before)) {
      plans.updatePlan(after);
      record(code, actor, PLAN, code, before, after);
    }
    return plan(code);
  }

  /** Adds an outcome under a priority. */
  @Transactional
  public Outcome addOutcome(String planCode, OutcomeInput input, String actor) {
    locked(planCode);
    Violations violations = new Violations();
    String code = requireCode(violations, "code", input.code());
    Outcome outcome = checkedOutcome(violations, code, input);
    if (code != null && outcomeOf(planCode, code).isPresent()) {
      violations.add("code", "the plan has an outcome " + code + " already");
    }
    violations.throwIfAny();
    plans.insertOutcome(planCode, outcome);
    record(planCode, actor, OUTCOME, code, null, outcome);
    return outcome;
  }

  /** Changes an outcome's priority, statement or placeholder mark. */
  @Transactional
  public Outcome changeOutcome(String planCode, String code, OutcomeInput input, String actor) {
    locked(planCode);
    Outcome before =
        outcomeOf(planCode, code)
            .orElseThrow(() -> new NotFoundException("No outcome " + code + " in " + planCode));
    Violations violations = new Violations();
    Outcome after = checkedOutcome(violations, code, input);
    violations.throwIfAny();
    if (!after.equals(before)) {
      plans.updateOutcome(planCode, after);
      record(planCode, actor, OUTCOME, code, before, after);
    }
    return after;
  }

  /** Adds a KPI; its code must be new to the plan. */
  @Transactional
  public Kpi addKpi(String planCode, KpiInput input, String actor) {
    Plan plan = locked(planCode);
    Violations violations = new Violations();
    String code = requireCode(violations, "code", input.code());
    if (code != null && kpiOf(planCode, code).isPresent()) {
      violations.add("code", "the plan has a KPI " + code + " already");
    }
    Kpi kpi = checkedKpi(violations, plan, code, input);
    violations.throwIfAny();
    return write(planCode, null, kpi, actor);
  }

  /** Sets a KPI as a whole, adding it if the plan has none of that code. */
  @Transactional
  public Kpi putKpi(String planCode, String code, KpiInput input, String actor) {
    Plan plan = locked(planCode);
    Violations violations = new Violations();
    if (input.code() != null && !input.code().strip().equals(code)) {
      violations.add("code", "differs from the KPI code of the path, " + code);
    }
    requireCode(violations, "code", code);
    Kpi kpi = checkedKpi(violations, plan, code, input);
    violations.throwIfAny();
    return write(planCode, kpiOf(planCode, code).orElse(null), kpi, actor);
  }

  /** Sets one year's target of a KPI, its other fields as they are. */
  @Transactional
  public Kpi putTarget(String planCode, String code, int year, BigDecimal target, String actor) {
    Plan plan = locked(planCode);
    Kpi before =
        kpiOf(planCode, code)
            .orElseThrow(() -> new NotFoundException("No KPI " + code + " in " + planCode));
    Map<Integer, BigDecimal> targets = new TreeMap<>(before.targets());
    targets.put(year, target);
    KpiInput input =
        new KpiInput(
            code,
            before.name(),
            before.unit(),
            before.baseline(),
            before.outcome(),
            before.rule().name(),
            before.placeholder(),
            targets);
    Violations violations = new Violations();
    Kpi kpi = checkedKpi(violations, plan, code, input);
    violations.throwIfAny();
    return write(planCode, before, kpi, actor);
  }

  private Kpi write(String planCode, Kpi before, Kpi after, String actor) {
    if (after.equals(before)) {
      return after;
    }
    if (before == null) {
      plans.insertKpi(planCode, after);
    } else {
      plans.updateKpi(planCode, after);
      plans.deleteTargets(planCode, after.code());
    }
    after
        .targets()
        .forEach((year, target) -> plans.insertTarget(planCode, after.code(), year, target));
    record(planCode, actor, KPI, after.code(), before, after);
    return after;
  }

  private Plan checkedPlan(
      Violations violations, String code, String title, Integer firstYear, Integer lastYear) {
    String checkedTitle = violations.requireText("title", title, 200);
    int before = violations.size();
    requireYear(violations, "firstYear", firstYear);
    requireYear(violations, "lastYear", lastYear);
    if (violations.size() > before) {
      return null;
    }
    if (lastYear < firstYear) {
      violations.add("lastYear", "must not be before firstYear " + firstYear);
      return null;
    }
    plans
        .overlapping(firstYear, lastYear, code)
        .ifPresent(
            other ->
                violations.add(
                    "firstYear",
                    "the period %d–%d overlaps plan %s (%d–%d): plan periods follow one another"
                        .formatted(
                            firstYear,
                            lastYear,
                            other.code(),
                            other.firstYear(),
                            other.lastYear())));
    return new Plan(code, checkedTitle, firstYear, lastYear);
  }

  private static void requireYear(Violations violations, String field, Integer year) {
    if (year == null) {
      violations.add(field, "is required");
    } else if (year < FIRST_YEAR || year > LAST_YEAR) {
      violations.add(field, "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
    }
  }

  private static Outcome checkedOutcome(Violations violations, String code, OutcomeInput input) {
    Priority priority =
        input.priority() == null
            ? violations.requirePresent("priority", null)
            : violations.requireOneOf("priority", input.priority(), Priority.class);
    String statement = violations.requireText("statement", input.statement(), 1000);
    return new Outcome(code, priority, statement, Boolean.TRUE.equals(input.placeholder()));
  }

  private Kpi checkedKpi(Violations violations, Plan plan, String code, KpiInput input) {
    boolean placeholder = Boolean.TRUE.equals(input.placeholder());
    String name = violations.requireText("name", input.name(), 300);
    String unit = violations.requireText("unit", input.unit(), 40);
    boolean percentage = unit != null && KpiUnits.isPercentage(unit);
    BigDecimal baseline = input.baseline();
    if (baseline == null) {
      if (!placeholder) {
        violations.add("baseline", "is required (unless the KPI is a placeholder)");
      }
    } else {
      requireAmount(violations, "baseline", baseline, percentage);
    }
    String outcome = input.outcome() == null ? null : input.outcome().strip();
    if (outcome == null || outcome.isEmpty()) {
      violations.add("outcome", "is required");
    } else if (outcomeOf(plan.code(), outcome).isEmpty()) {
      violations.add("outcome", "'" + outcome + "' is not an outcome of plan " + plan.code());
    }
    ContributionRule rule =
        input.rule() == null
            ? violations.requirePresent("rule", null)
            : violations.requireOneOf("rule", input.rule(), ContributionRule.class);
    if (rule != null && unit != null && !unit.isBlank()) {
      String misfit = KpiUnits.misfit(rule, unit);
      if (misfit != null) {
        violations.add("rule", misfit);
      }
    }
    SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
    if (input.targets() != null) {
      input
          .targets()
          .forEach(
              (year, target) -> {
                String field = "targets." + year;
                if (year == null || !plan.covers(year)) {
                  violations.add(
                      field,
                      "is outside the plan period %d–%d"
                          .formatted(plan.firstYear(), plan.lastYear()));
                } else if (target == null) {
                  violations.add(field, "is required");
                } else if (requireAmount(violations, field, target, percentage)) {
                  targets.put(year, plain(target));
                }
              });
    }
    return new Kpi(
        code,
        name,
        unit,
        baseline == null ? null : plain(baseline),
        outcome,
        rule,
        placeholder,
        targets);
  }

  /** Not negative (no count, quantity or percentage is), at most 100 %, four decimals. */
  private static boolean requireAmount(
      Violations violations, String field, BigDecimal value, boolean percentage) {
    if (value.signum() < 0) {
      violations.add(field, "must not be negative");
    } else if (percentage && value.compareTo(HUNDRED) > 0) {
      violations.add(field, "is a percentage: at most 100");
    } else if (value.stripTrailingZeros().scale() > 4) {
      violations.add(field, "must have at most four decimal places");
    } else if (value.compareTo(new BigDecimal("1000000000000000")) >= 0) {
      violations.add(field, "must be less than 10^15");
    } else {
      return true;
    }
    return false;
  }

  private static String requireCode(Violations violations, String field, String code) {
    String text = violations.requireText(field, code, 20);
    if (text != null && !text.isBlank() && !CODE.matcher(text).matches()) {
      violations.add(field, "must be capital letters, digits, '.' and '-', such as O1.2 or K-3");
      return null;
    }
    return text == null || text.isBlank() ? null : text;
  }

  private List<Kpi> kpisNow(String planCode) {
    return plans.kpis(planCode).stream().map(record -> json.read(record, Kpi.class)).toList();
  }

  /** The KPI as it stands, if the plan has it. */
  @Transactional(readOnly = true)
  public Optional<Kpi> kpi(String planCode, String code) {
    return plans.plan(planCode).flatMap(plan -> kpiOf(planCode, code));
  }

  /** The codes of the plan's KPIs, for a message that says which there are. */
  List<String> kpiCodes(String planCode) {
    return kpisNow(planCode).stream().map(Kpi::code).toList();
  }

  /** The plan period, or 404. */
  Plan period(String planCode) {
    return existing(planCode);
  }

  boolean exists(String planCode) {
    return plans.plan(planCode).isPresent();
  }

  private Optional<Kpi> kpiOf(String planCode, String code) {
    return kpisNow(planCode).stream().filter(kpi -> kpi.code().equals(code)).findFirst();
  }

  private Optional<Outcome> outcomeOf(String planCode, String code) {
    return plans.outcomes(planCode).stream()
        .filter(outcome -> outcome.code().equals(code))
        .findFirst();
  }

  private Plan existing(String code) {
    return plans.plan(code).orElseThrow(() -> new NotFoundException("No plan " + code));
  }

  private Plan locked(String code) {
    return plans.lockPlan(code).orElseThrow(() -> new NotFoundException("No plan " + code));
  }

  private void record(
      String planCode, String actor, String subject, String code, Object before, Object after) {
    plans.insertChange(
        planCode,
        new ChangeRow(0, now(), actor, subject, code, json.write(before), json.write(after)));
  }

  private Instant now() {
    return clock.instant();
  }

  /** 10 rather than 10.0000 or 1E+1. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
