package org.accord.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.budget.Budget;
import org.accord.budget.BudgetLineType;
import org.accord.budget.BudgetService;
import org.accord.reporting.ProgressReportingProcess.ReportDecision;
import org.accord.reporting.ProgressReportingProcess.Variables;
import org.accord.reporting.ReportSubmission.LineEntry;
import org.accord.reporting.persistence.ProgressReportMapper;
import org.accord.reporting.persistence.ProgressReportMapper.NewReport;
import org.accord.results.IndicatorPlan;
import org.accord.results.ResultsFrameworkService;
import org.accord.shared.ConflictException;
import org.accord.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports: the officer's submission for a period, checked against the agreement's results
 * framework, and the manager's review of it. Every submission is kept.
 */
@Service
public class ProgressReports {

  private final ReportingPeriods reporting;
  private final ProgressReportMapper reports;
  private final ResultsFrameworkService results;
  private final BudgetService budgets;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ProgressReports(
      ReportingPeriods reporting,
      ProgressReportMapper reports,
      ResultsFrameworkService results,
      BudgetService budgets,
      Clock clock,
      ApplicationEventPublisher events) {
    this.reporting = reporting;
    this.reports = reports;
    this.results = results;
    this.budgets = budgets;
    this.clock = clock;
    this.events = events;
  }

  /** Stores the report of an open period; the period is then SUBMITTED, with a manager. */
  @Transactional
  public ProgressReport submit(
      Agreement agreement, int periodNumber, ReportSubmission submission, String by) {
    ReportingPeriod period = reporting.period(agreement.id(), periodNumber);
    if (!period.isOpenForReport()) {
      throw new ConflictException(
          "The report of period "
              + periodNumber
              + " of "
              + agreement.reference()
              + " cannot be submitted: the period is "
              + period.status());
    }
    Violations violations = new Violations();
    String narrative = violations.requireText("reportNarrative", submission.narrative(), 20_000);
    List<LineExpenditure> spent =
        checkExpenditure(
            submission, budgets.budget(agreement.id(), agreement.currency()), violations);
    List<IndicatorActual> actuals =
        checkActuals(
            results.indicators(agreement.id()),
            agreement.beneficiaryCountries(),
            submission.indicatorActuals(),
            violations);
    violations.throwIfAny();
    BigDecimal expenditure =
        spent.stream().map(LineExpenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    int revision = reports.findByPeriod(period.id()).size() + 1;
    long reportId =
        reports.insert(
            new NewReport(
                period.id(),
                revision,
                narrative,
                expenditure,
                period.finalPeriod(),
                by,
                OffsetDateTime.now(clock)));
    spent.forEach(line -> reports.insertExpenditure(reportId, line));
    actuals.forEach(actual -> reports.insertActual(reportId, actual));
    reporting.moveTo(period, PeriodStatus.SUBMITTED);
    return latest(period);
  }

  /**
   * The manager's decision on the latest submission: ACCEPT closes the period, REVISE reopens it.
   */
  @Transactional
  public void review(
      Agreement agreement, int periodNumber, String decision, String comment, String by) {
    ReportingPeriod period = reporting.period(agreement.id(), periodNumber);
    if (period.status() != PeriodStatus.SUBMITTED) {
      throw new ConflictException(
          "Period " + periodNumber + " has no report waiting for review: it is " + period.status());
    }
    Violations violations = new Violations();
    ReportDecision verdict =
        violations.requireOneOf(Variables.REPORT_DECISION, decision, ReportDecision.class);
    violations.throwIfAny();
    PeriodStatus next =
        switch (verdict) {
          case ACCEPT -> PeriodStatus.ACCEPTED;
          case REVISE -> PeriodStatus.SENT_BACK;
        };
    reports.review(
        period.id(),
        latest(period).revision(),
        decision,
        comment == null || comment.isBlank() ? null : comment.strip(),
        by,
        OffsetDateTime.now(clock));
    reporting.moveTo(period, next);
    if (next == PeriodStatus.ACCEPTED) {
      events.publishEvent(new ReportAccepted(agreement, periodNumber));
    }
  }

  /** Every period of the agreement with every submission of its report. */
  public List<PeriodReport> reports(Agreement agreement) {
    return reporting.periodsOf(agreement.id()).stream()
        .map(period -> new PeriodReport(period, reports.findByPeriod(period.id())))
        .toList();
  }

  private ProgressReport latest(ReportingPeriod period) {
    List<ProgressReport> submitted = reports.findByPeriod(period.id());
    return submitted.get(submitted.size() - 1);
  }

  /**
   * The expenditure by line, in the agreement's currency, never negative, with no more decimals
   * than its minor units: each line one the partner's cash finances in the budget, once. Programme
   * support costs are refused: the agency charges them as a rate of the direct costs, so they
   * follow from the lines reported and are never spent as such. One figure alone is other direct
   * costs, whatever the budget's lines, as clients gave it before there were lines; given with the
   * lines, it must be their total.
   */
  private static List<LineExpenditure> checkExpenditure(
      ReportSubmission submission, Budget budget, Violations violations) {
    String currency = budget.currency();
    List<LineEntry> given = submission.expenditureByLine();
    if (given == null || given.isEmpty()) {
      BigDecimal amount =
          violations.requireMoney(Variables.EXPENDITURE, submission.expenditure(), currency, true);
      return amount == null
          ? List.of()
          : List.of(new LineExpenditure(BudgetLineType.OTHER_DIRECT_COSTS, amount));
    }
    List<BudgetLineType> financed =
        Arrays.stream(BudgetLineType.values())
            .filter(BudgetLineType::isDirect)
            .filter(line -> LineSpending.partnerCash(budget, line).signum() > 0)
            .toList();
    int before = violations.size();
    List<LineExpenditure> checked = new ArrayList<>();
    Set<BudgetLineType> seen = EnumSet.noneOf(BudgetLineType.class);
    for (int i = 0; i < given.size(); i++) {
      String at = Variables.EXPENDITURE_BY_LINE + "[" + i + "]";
      LineEntry entry = given.get(i);
      if (entry == null) {
        violations.add(at, "is required");
        continue;
      }
      BudgetLineType line = lineOf(entry.line());
      if (entry.line() == null || entry.line().isBlank()) {
        violations.add(at + ".line", "is required");
      } else if (line == null) {
        violations.add(
            at + ".line",
            "'"
                + entry.line()
                + "' is not a budget line; the lines are "
                + Arrays.toString(BudgetLineType.values()));
      } else if (!line.isDirect()) {
        violations.add(
            at + ".line",
            "programme support costs are not reported: they are "
                + budget.programmeSupportRate().stripTrailingZeros().toPlainString()
                + "% of the direct costs, charged by the agency");
      } else if (!financed.contains(line)) {
        violations.add(
            at + ".line",
            "the budget of this agreement gives "
                + line
                + " none of the partner's cash; its lines are "
                + financed);
      } else if (!seen.add(line)) {
        violations.add(at + ".line", line + " is reported twice");
      }
      BigDecimal amount = violations.requireMoney(at + ".amount", entry.amount(), currency, true);
      if (amount != null && line != null) {
        checked.add(new LineExpenditure(line, amount));
      }
    }
    if (submission.expenditure() != null && !submission.expenditure().isBlank()) {
      BigDecimal total =
          violations.requireMoney(Variables.EXPENDITURE, submission.expenditure(), currency, true);
      BigDecimal sum =
          checked.stream().map(LineExpenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total != null && violations.size() == before && total.compareTo(sum) != 0) {
        violations.add(
            Variables.EXPENDITURE,
            "is "
                + total.toPlainString()
                + " but "
                + Variables.EXPENDITURE_BY_LINE
                + " adds up to "
                + sum.toPlainString()
                + ": give the lines alone, or their total with them");
      }
    }
    checked.sort(Comparator.comparing(LineExpenditure::line));
    return checked;
  }

  private static BudgetLineType lineOf(String name) {
    for (BudgetLineType line : BudgetLineType.values()) {
      if (line.name().equals(name)) {
        return line;
      }
    }
    return null;
  }

  /**
   * One actual per indicator of the framework, no more: a value for measured indicators (a
   * percentage between 0 and 100), a description and a rating for qualitative ones; the countries
   * reached for an indicator counted in countries.
   */
  private static List<IndicatorActual> checkActuals(
      List<IndicatorPlan> indicators,
      List<String> beneficiaryCountries,
      List<IndicatorActual> actuals,
      Violations violations) {
    Map<String, IndicatorPlan> byCode =
        indicators.stream().collect(Collectors.toMap(IndicatorPlan::code, Function.identity()));
    List<IndicatorActual> checked = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    List<IndicatorActual> given = actuals == null ? List.of() : actuals;
    for (int i = 0; i < given.size(); i++) {
      String at = "indicatorActuals[" + i + "]";
      IndicatorActual actual = given.get(i);
      if (actual == null) {
        violations.add(at, "is required");
        continue;
      }
      IndicatorPlan indicator = actual.code() == null ? null : byCode.get(actual.code());
      if (indicator == null) {
        violations.add(
            at + ".code",
            actual.code() == null
                ? "is required"
                : "'"
                    + actual.code()
                    + "' is not an indicator of this agreement; its indicators are "
                    + byCode.keySet().stream().sorted().toList());
        continue;
      }
      if (!reported.add(actual.code())) {
        violations.add(at + ".code", "indicator " + actual.code() + " is reported twice");
        continue;
      }
      String description =
          actual.description() == null || actual.description().isBlank()
              ? null
              : actual.description().strip();
      if (description != null && description.length() > 2000) {
        violations.add(at + ".description", "must be at most 2000 characters");
      }
      if (indicator.isQualitative()) {
        violations.requireText(at + ".description", actual.description(), 2000);
        violations.requirePresent(at + ".rating", actual.rating());
        checked.add(new IndicatorActual(actual.code(), null, description, actual.rating()));
      } else {
        ResultsFrameworkService.requireValue(indicator, at + ".value", actual.value(), violations);
        List<String> countries =
            indicator.countsCountries()
                ? CountriesReached.check(
                    indicator, actual, beneficiaryCountries, at + ".countries", violations)
                : null;
        checked.add(
            new IndicatorActual(actual.code(), actual.value(), description, null, countries));
      }
    }
    List<String> missing =
        byCode.keySet().stream().filter(code -> !reported.contains(code)).sorted().toList();
    if (!missing.isEmpty()) {
      violations.add("indicatorActuals", "needs an actual for indicators " + missing);
    }
    return checked;
  }
}
