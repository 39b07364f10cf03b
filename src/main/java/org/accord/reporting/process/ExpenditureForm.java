package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Variables.EXPENDITURE;
import static org.accord.reporting.ProgressReportingProcess.Variables.EXPENDITURE_BY_LINE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.accord.budget.BudgetLineType;
import org.accord.reporting.LineExpenditure;
import org.accord.reporting.LineSpending;
import org.accord.reporting.ProgressReport;
import org.accord.reporting.ReportSubmission.LineEntry;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Money;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The expenditure of a report by budget line as the process carries it. Clients of engine-rest and
 * the API send one Json list, {@code expenditureByLine}; Tasklist's form has a field per
 * direct-cost line instead ({@code expenditureStaff} … {@code expenditureOtherDirectCosts}: form-js
 * cannot loop), each shown only when the process has put the line's budget beside it ({@code
 * budgetLineStaff} …), that is, when the partner's cash finances the line.
 */
public final class ExpenditureForm {

  /** The officer's field of each direct-cost line. */
  static final Map<BudgetLineType, String> FIELDS = fields("expenditure");

  /** What the forms show of each line: its budget and what was spent on it. */
  static final Map<BudgetLineType, String> BUDGET_FIELDS = fields("budgetLine");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExpenditureForm() {}

  private static Map<BudgetLineType, String> fields(String prefix) {
    Map<BudgetLineType, String> fields = new LinkedHashMap<>();
    for (BudgetLineType line : BudgetLineType.values()) {
      if (line.isDirect()) {
        fields.put(line, prefix + camel(line.name()));
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  /**
   * What was submitted by line: the client's list if it sent one, otherwise the form's fields that
   * were filled in; null if neither, when the single figure is all there is.
   */
  static List<LineEntry> submitted(VariableScope scope) {
    Object list = scope.getVariable(EXPENDITURE_BY_LINE);
    if (list != null) {
      return read(list);
    }
    List<LineEntry> entries = new ArrayList<>();
    FIELDS.forEach(
        (line, field) -> {
          Object value = scope.getVariable(field);
          if (value != null && !value.toString().isBlank()) {
            entries.add(new LineEntry(line.name(), value.toString()));
          }
        });
    return entries.isEmpty() ? null : entries;
  }

  /** The list as an engine variable, as clients send it; null for none. */
  public static Object list(List<LineEntry> entries) {
    if (entries == null) {
      return null;
    }
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(entries)).create();
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * The officer's form: each line the partner's cash finances with its budget and what was spent on
   * it in earlier periods (and what a report sent back said of it); the fields to fill start empty,
   * so that what a client sends is all that is read.
   */
  static void offerForSubmission(
      VariableScope scope,
      List<LineSpending> before,
      Optional<ProgressReport> sentBack,
      String currency) {
    clear(scope);
    for (LineSpending line : before) {
      String field = BUDGET_FIELDS.get(line.line());
      if (field == null || line.budget().signum() == 0) {
        continue;
      }
      String text =
          "Budget "
              + Money.amount(line.budget(), currency)
              + " · spent before "
              + Money.amount(line.spent(), currency)
              + " · left "
              + Money.amount(line.budget().subtract(line.spent()), currency);
      Optional<BigDecimal> earlier = sentBack.flatMap(report -> amountOf(report, line.line()));
      if (earlier.isPresent()) {
        text += " · the report sent back said " + Money.amount(earlier.get(), currency);
      }
      scope.setVariable(field, text);
    }
  }

  /**
   * The manager's form: the report's total, and each line spent on in the period or financed by the
   * partner's cash with its spending in the period and to date against its budget.
   */
  static void offerForReview(
      VariableScope scope, List<LineSpending> toDate, ProgressReport report, String currency) {
    clear(scope);
    scope.setVariable(EXPENDITURE, report.expenditure().toPlainString());
    for (LineSpending line : toDate) {
      String field = BUDGET_FIELDS.get(line.line());
      if (field == null) {
        continue;
      }
      BigDecimal now = amountOf(report, line.line()).orElse(BigDecimal.ZERO);
      String text =
          "This period "
              + Money.amount(now, currency)
              + " · to date "
              + Money.amount(line.spent(), currency)
              + " of "
              + Money.amount(line.budget(), currency)
              + (line.budget().signum() == 0
                  ? " (not in the budget)"
                  : " ("
                      + line.spent()
                          .multiply(BigDecimal.valueOf(100))
                          .divide(line.budget(), 2, RoundingMode.HALF_EVEN)
                          .toPlainString()
                      + "%)");
      scope.setVariable(field, text);
    }
  }

  private static void clear(VariableScope scope) {
    scope.removeVariable(EXPENDITURE);
    scope.removeVariable(EXPENDITURE_BY_LINE);
    FIELDS.values().forEach(scope::removeVariable);
    BUDGET_FIELDS.values().forEach(scope::removeVariable);
  }

  private static Optional<BigDecimal> amountOf(ProgressReport report, BudgetLineType line) {
    return report.expenditureByLine().stream()
        .filter(each -> each.line() == line)
        .map(LineExpenditure::amount)
        .findFirst();
  }

  private static List<LineEntry> read(Object value) {
    try {
      String text = value instanceof SpinJsonNode node ? node.toString() : null;
      if (text == null && value instanceof String string) {
        text = string;
      }
      return text == null
          ? JSON.convertValue(value, new TypeReference<List<LineEntry>>() {})
          : JSON.readValue(text, new TypeReference<List<LineEntry>>() {});
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw new InvalidInputException(
          EXPENDITURE_BY_LINE, "must be a JSON list of {line, amount}, amounts as decimal strings");
    }
  }

  private static String camel(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
