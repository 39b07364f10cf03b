package org.accord.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agreement as an IATI activity, in the terms and codes of the Activity Standard 2.03: the model
 * the XML is written from and the ruleset is checked on.
 */
public record IatiActivity(
    String identifier,
    Organisation reportingOrg,
    String title,
    List<Description> descriptions,
    List<Participant> participants,
    String status,
    List<ActivityDate> dates,
    List<CountryShare> countries,
    List<Sector> sectors,
    String currency,
    List<Budget> budgets,
    List<PlannedDisbursement> plannedDisbursements,
    List<Transaction> transactions,
    List<DocumentLink> documents,
    List<Result> results,
    OffsetDateTime lastUpdated) {

  public record Organisation(String ref, String type, String name) {}

  /** DescriptionType: 1 general, 2 objectives. */
  public record Description(String type, String text) {}

  /** OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
  public record Participant(String role, String ref, String type, String name) {}

  /** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
  public record ActivityDate(String type, LocalDate date) {}

  public record CountryShare(String code, BigDecimal percentage) {}

  /** A sector in a vocabulary: 1 is the OECD DAC's five-digit codes, 99 the reporter's own. */
  public record Sector(String vocabulary, String code, BigDecimal percentage, String name) {}

  /** BudgetType 1 original, 2 revised; BudgetStatus 1 indicative, 2 committed. */
  public record Budget(
      String type, String status, LocalDate start, LocalDate end, BigDecimal value) {}

  /**
   * An instalment the partner is expected to pay, in its own currency (null: the activity's); type
   * 1 is the original schedule.
   */
  public record PlannedDisbursement(
      String type,
      LocalDate start,
      LocalDate end,
      BigDecimal value,
      String currency,
      Organisation provider) {}

  /**
   * TransactionType 11 incoming commitment, 1 incoming funds, 4 expenditure; the currency is null
   * when it is the activity's, the provider null for the agency's own expenditure.
   */
  public record Transaction(
      String type,
      LocalDate date,
      BigDecimal value,
      String currency,
      String description,
      Organisation provider) {}

  /** DocumentCategory A09 is a memorandum of understanding. */
  public record DocumentLink(
      String url, String format, String title, String category, String language, LocalDate date) {}

  /** ResultType 1 output, 2 outcome. */
  public record Result(String type, String title, List<Indicator> indicators) {}

  /** IndicatorMeasure 1 unit, 2 percentage, 5 qualitative; a qualitative one has no baseline. */
  public record Indicator(
      String measure,
      Boolean ascending,
      String title,
      int baselineYear,
      LocalDate baselineDate,
      BigDecimal baselineValue,
      List<Period> periods) {}

  public record Period(
      LocalDate start,
      LocalDate end,
      BigDecimal target,
      String targetComment,
      BigDecimal actual,
      String actualComment) {}
}
