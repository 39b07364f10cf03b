package org.accord.agreement.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.budget.BudgetLineType;
import org.accord.budget.FundingSource;
import org.accord.budget.InstalmentTrigger;
import org.accord.budget.ProposedFunding;
import org.accord.budget.ProposedFunding.InstalmentEntry;
import org.accord.budget.ProposedFunding.LineEntry;
import org.accord.shared.process.FormValues;

/**
 * The budget and payment schedule as the Tasklist start form gives them, in fixed fields rather
 * than a form-js dynamic list (Tasklist 7.24 never enables Complete on one, see ADR 6): the
 * partner's cash for each direct-cost line, one line of agency co-financing and one in kind, the
 * programme support rate, and up to {@value #INSTALMENTS} instalments. The API takes any budget.
 */
final class StartFormFunding {

  static final int INSTALMENTS = 4;

  /** The partner's cash of each direct-cost line, by the form field that holds it. */
  static final Map<String, BudgetLineType> PARTNER_CASH_FIELDS = partnerCashFields();

  static final String COFINANCING_AMOUNT = "cofinancingAmount";
  static final String COFINANCING_LINE = "cofinancingLine";
  static final String IN_KIND_AMOUNT = "inKindAmount";
  static final String IN_KIND_LINE = "inKindLine";
  static final String IN_KIND_DESCRIPTION = "inKindDescription";
  static final String PROGRAMME_SUPPORT_RATE = "programmeSupportRate";

  private StartFormFunding() {}

  /** budgetStaff, budgetExpertsAndConsultants, … budgetOtherDirectCosts. */
  private static Map<String, BudgetLineType> partnerCashFields() {
    Map<String, BudgetLineType> fields = new LinkedHashMap<>();
    for (BudgetLineType line : BudgetLineType.values()) {
      if (line.isDirect()) {
        fields.put("budget" + camel(line.name()), line);
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  /** instalment1Amount, instalment1Currency, instalment1Trigger, instalment1DueDate, …Report. */
  static String instalmentField(int number, String part) {
    return "instalment" + number + part;
  }

  static ProposedFunding from(FormValues form) {
    List<LineEntry> lines = new ArrayList<>();
    PARTNER_CASH_FIELDS.forEach(
        (field, line) -> {
          String amount = form.text(field);
          if (amount != null && !amount.isBlank()) {
            lines.add(new LineEntry(line, FundingSource.PARTNER_CASH, amount, null));
          }
        });
    String cofinancing = form.text(COFINANCING_AMOUNT);
    if (cofinancing != null && !cofinancing.isBlank()) {
      lines.add(
          new LineEntry(
              form.enumValue(COFINANCING_LINE, BudgetLineType.class),
              FundingSource.AGENCY_COFINANCING,
              cofinancing,
              null));
    }
    String inKind = form.text(IN_KIND_AMOUNT);
    if (inKind != null && !inKind.isBlank()) {
      lines.add(
          new LineEntry(
              form.enumValue(IN_KIND_LINE, BudgetLineType.class),
              FundingSource.IN_KIND,
              inKind,
              form.text(IN_KIND_DESCRIPTION)));
    }
    List<InstalmentEntry> schedule = new ArrayList<>();
    for (int n = 1; n <= INSTALMENTS; n++) {
      String amount = form.text(instalmentField(n, "Amount"));
      if (amount == null || amount.isBlank()) {
        continue;
      }
      BigDecimal report = form.decimal(instalmentField(n, "Report"));
      schedule.add(
          new InstalmentEntry(
              amount,
              form.text(instalmentField(n, "Currency")),
              form.enumValue(instalmentField(n, "Trigger"), InstalmentTrigger.class),
              form.date(instalmentField(n, "DueDate")),
              reportNumber(report)));
    }
    return new ProposedFunding(
        lines.isEmpty() ? null : lines,
        form.text(PROGRAMME_SUPPORT_RATE),
        schedule.isEmpty() ? null : schedule);
  }

  /** A fraction is no report's number: as 0, the rules refuse it and name the field. */
  private static Integer reportNumber(BigDecimal report) {
    if (report == null) {
      return null;
    }
    return report.stripTrailingZeros().scale() > 0 ? 0 : report.intValue();
  }

  private static String camel(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
