package org.accord.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.iati.IatiActivity.ActivityDate;
import org.accord.iati.IatiActivity.Budget;
import org.accord.iati.IatiActivity.CountryShare;
import org.accord.iati.IatiActivity.Organisation;
import org.accord.iati.IatiActivity.Sector;
import org.junit.jupiter.api.Test;

class IatiRulesTest {

  private static final LocalDate START = LocalDate.of(2027, 1, 1);
  private static final LocalDate END = LocalDate.of(2028, 12, 31);

  @Test
  void anActivityAsAccordWritesIt_keepsEveryRule() {
    assertThat(IatiRules.violations(activity("XI-IATI-ACCORD-PA-2026-0001", END, budgets(END))))
        .isEmpty();
  }

  @Test
  void identifierNotPrefixedByTheReportingOrganisations_isAViolation() {
    assertThat(IatiRules.violations(activity("PA-2026-0001", END, budgets(END))))
        .containsExactly("iati-identifier PA-2026-0001 does not start with XI-IATI-ACCORD-");
  }

  @Test
  void endBeforeStart_isAViolation() {
    LocalDate early = LocalDate.of(2026, 12, 1);
    assertThat(IatiRules.violations(activity("XI-IATI-ACCORD-1", early, List.of())))
        .containsExactly("planned end 2026-12-01 is before planned start 2027-01-01");
  }

  @Test
  void budgetPeriodOfMoreThanAYear_isAViolation_andAYearExactlyIsNot() {
    Budget year = new Budget("1", "2", START, LocalDate.of(2027, 12, 31), BigDecimal.TEN);
    Budget yearAndADay = new Budget("1", "2", START, LocalDate.of(2028, 1, 1), BigDecimal.TEN);

    assertThat(IatiRules.violations(activity("XI-IATI-ACCORD-1", END, List.of(year)))).isEmpty();
    assertThat(IatiRules.violations(activity("XI-IATI-ACCORD-1", END, List.of(yearAndADay))))
        .containsExactly("budget period 2027-01-01 to 2028-01-01 is longer than a year");
  }

  @Test
  void budgetSplitsIntoYearsFromTheStart_theirValuesAddingUpToTheAmount() {
    // 912 days: 365 in 2027 (100000 x 365 / 912), 366 in 2028, and the rest in 2029.
    List<Budget> budgets =
        IatiActivities.yearly(
            "1", "2", START, LocalDate.of(2029, 6, 30), new BigDecimal("100000.00"));

    assertThat(budgets)
        .extracting(b -> b.start() + " " + b.end() + " " + b.value())
        .containsExactly(
            "2027-01-01 2027-12-31 40021.93",
            "2028-01-01 2028-12-31 40131.58",
            "2029-01-01 2029-06-30 19846.49");
    assertThat(budgets.stream().map(Budget::value).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100000.00");
  }

  @Test
  void countrySharesAddUpToAHundred_evenInThirds() {
    assertThat(IatiActivities.countries(List.of("RW", "KE", "UG")))
        .extracting(share -> share.code() + " " + share.percentage())
        .containsExactly("RW 33.33", "KE 33.33", "UG 33.34");
  }

  private static List<Budget> budgets(LocalDate end) {
    return IatiActivities.yearly("1", "2", START, end, new BigDecimal("50000.00"));
  }

  private static IatiActivity activity(String identifier, LocalDate end, List<Budget> budgets) {
    return new IatiActivity(
        identifier,
        new Organisation("XI-IATI-ACCORD", "40", "Accord partnership office"),
        "Rural broadband toolkit",
        List.of(),
        List.of(),
        "2",
        List.of(new ActivityDate("1", START), new ActivityDate("3", end)),
        List.of(
            new CountryShare("RW", new BigDecimal("50")),
            new CountryShare("KE", new BigDecimal("50"))),
        List.of(new Sector("1", "22020", new BigDecimal("100"), null)),
        "USD",
        budgets,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        OffsetDateTime.now());
  }
}
