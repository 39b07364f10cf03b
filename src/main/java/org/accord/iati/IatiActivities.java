package org.accord.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Priority;
import org.accord.agreement.StatusChange;
import org.accord.amendment.Amendment;
import org.accord.amendment.AmendmentService;
import org.accord.amendment.AmendmentStatus;
import org.accord.budget.Instalment;
import org.accord.document.DocumentKind;
import org.accord.document.DocumentStore;
import org.accord.document.StoredDocument;
import org.accord.funds.BalanceSettlements;
import org.accord.funds.Receipts;
import org.accord.iati.IatiActivity.ActivityDate;
import org.accord.iati.IatiActivity.Budget;
import org.accord.iati.IatiActivity.CountryShare;
import org.accord.iati.IatiActivity.Description;
import org.accord.iati.IatiActivity.DocumentLink;
import org.accord.iati.IatiActivity.Indicator;
import org.accord.iati.IatiActivity.Organisation;
import org.accord.iati.IatiActivity.Participant;
import org.accord.iati.IatiActivity.Period;
import org.accord.iati.IatiActivity.PlannedDisbursement;
import org.accord.iati.IatiActivity.Result;
import org.accord.iati.IatiActivity.Sector;
import org.accord.iati.IatiActivity.Transaction;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.partner.PartnerType;
import org.accord.reporting.IndicatorActual;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.ProgressRating;
import org.accord.reporting.ProgressReport;
import org.accord.reporting.ProgressReportingProcess.ReportDecision;
import org.accord.reporting.ProgressReports;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.Measure;
import org.accord.results.ObjectivePlan;
import org.springframework.stereotype.Service;

/** Describes agreements as IATI activities, from everything Accord knows of them. */
@Service
public class IatiActivities {

  /** Agreements the agency has signed: the ones it publishes. */
  public static final Set<AgreementStatus> PUBLISHED =
      EnumSet.of(
          AgreementStatus.ACTIVE,
          AgreementStatus.SUSPENDED,
          AgreementStatus.CLOSED,
          AgreementStatus.TERMINATED);

  /** ActivityStatus codelist: 1 pipeline, 2 implementation, 4 closed, 5 cancelled, 6 suspended. */
  private static final Map<AgreementStatus, String> STATUS =
      Map.ofEntries(
          Map.entry(AgreementStatus.SCREENING, "1"),
          Map.entry(AgreementStatus.IN_REVISION, "1"),
          Map.entry(AgreementStatus.DUE_DILIGENCE, "1"),
          Map.entry(AgreementStatus.INTERNAL_APPROVAL, "1"),
          Map.entry(AgreementStatus.DONOR_APPROVAL, "1"),
          Map.entry(AgreementStatus.MOU_SIGNING, "1"),
          Map.entry(AgreementStatus.ACTIVE, "2"),
          Map.entry(AgreementStatus.SUSPENDED, "6"),
          Map.entry(AgreementStatus.CLOSED, "4"),
          Map.entry(AgreementStatus.REJECTED, "5"),
          Map.entry(AgreementStatus.DECLINED, "5"),
          Map.entry(AgreementStatus.WITHDRAWN, "5"),
          Map.entry(AgreementStatus.TERMINATED, "5"));

  /** OrganisationType codelist. */
  private static final Map<PartnerType, String> ORGANISATION_TYPE =
      Map.of(
          PartnerType.MEMBER_STATE, "10",
          PartnerType.SECTOR_MEMBER, "70",
          PartnerType.UN_AGENCY, "40",
          PartnerType.IFI, "40",
          PartnerType.NGO, "21",
          PartnerType.PRIVATE_SECTOR, "70",
          PartnerType.ACADEMIA, "80",
          PartnerType.FOUNDATION, "60");

  /** OECD DAC five-digit sectors: 22020 telecommunications, 22010 policy, 22040 ICT. */
  private static final Map<Priority, String> DAC_SECTOR =
      Map.of(
          Priority.AFFORDABLE_CONNECTIVITY, "22020",
          Priority.ENABLING_ENVIRONMENT, "22010",
          Priority.DIGITAL_TRANSFORMATION, "22040",
          Priority.INCLUSIVE_SECURE_ICT, "22040",
          Priority.RESOURCE_MOBILIZATION, "22040");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final IatiProperties properties;
  private final AgreementService agreements;
  private final PartnerService partners;
  private final ProgressReports reports;
  private final AmendmentService amendments;
  private final DocumentStore documents;
  private final Receipts receipts;
  private final BalanceSettlements settlements;
  private final Clock clock;

  IatiActivities(
      IatiProperties properties,
      AgreementService agreements,
      PartnerService partners,
      ProgressReports reports,
      AmendmentService amendments,
      DocumentStore documents,
      Receipts receipts,
      BalanceSettlements settlements,
      Clock clock) {
    this.properties = properties;
    this.agreements = agreements;
    this.partners = partners;
    this.reports = reports;
    this.amendments = amendments;
    this.documents = documents;
    this.receipts = receipts;
    this.settlements = settlements;
    this.clock = clock;
  }

  public IatiActivity of(Agreement agreement) {
    Partner partner = partners.require(agreement.partnerCode());
    List<ObjectivePlan> framework = agreements.resultsFramework(agreement.reference());
    List<StatusChange> history = agreements.history(agreement.reference());
    List<PeriodReport> periods = reports.reports(agreement);
    Signed signed = signed(agreement);
    // The partner pays its contribution to the agency: the provider of incoming money.
    Organisation provider =
        new Organisation(null, ORGANISATION_TYPE.get(partner.type()), partner.name());
    Organisation agency =
        new Organisation(
            properties.organisationIdentifier(),
            properties.organisationType(),
            properties.organisationName());
    return new IatiActivity(
        properties.organisationIdentifier() + "-" + agreement.reference(),
        agency,
        agreement.title(),
        descriptions(agreement, framework),
        participants(partner, agency, framework),
        STATUS.get(agreement.status()),
        dates(agreement, history),
        countries(agreement.beneficiaryCountries()),
        List.of(
            new Sector("1", DAC_SECTOR.get(agreement.priority()), HUNDRED, null),
            new Sector("99", agreement.priority().name(), HUNDRED, agreement.priority().label())),
        agreement.currency(),
        budgets(agreement, signed),
        plannedDisbursements(agreement, provider, history, periods),
        transactions(agreement, signed, history, periods, provider),
        documentLinks(agreement),
        results(agreement, framework, periods),
        OffsetDateTime.now(clock));
  }

  private static List<Description> descriptions(
      Agreement agreement, List<ObjectivePlan> framework) {
    List<String> objectives = framework.stream().map(ObjectivePlan::objective).toList();
    return List.of(
        new Description(
            "1",
            agreement.type().label()
                + " with "
                + agreement.partnerCode()
                + " under the ITU-D priority "
                + agreement.priority().label().toLowerCase()
                + ", for "
                + String.join(", ", agreement.beneficiaryCountries())
                + "."),
        new Description("2", String.join("\n", objectives)));
  }

  private static List<Participant> participants(
      Partner partner, Organisation agency, List<ObjectivePlan> framework) {
    List<Participant> participants = new ArrayList<>();
    participants.add(
        new Participant("1", null, ORGANISATION_TYPE.get(partner.type()), partner.name()));
    participants.add(new Participant("2", agency.ref(), agency.type(), agency.name()));
    participants.add(new Participant("4", agency.ref(), agency.type(), agency.name()));
    Set<String> responsible = new LinkedHashSet<>();
    framework.stream()
        .flatMap(objective -> objective.activities().stream())
        .map(ActivityPlan::responsible)
        .filter(name -> name != null && !name.isBlank() && !name.equals(agency.name()))
        .forEach(responsible::add);
    responsible.forEach(name -> participants.add(new Participant("4", null, null, name)));
    return participants;
  }

  private static List<ActivityDate> dates(Agreement agreement, List<StatusChange> history) {
    List<ActivityDate> dates = new ArrayList<>();
    dates.add(new ActivityDate("1", agreement.startDate()));
    first(history, EnumSet.of(AgreementStatus.ACTIVE))
        .ifPresent(active -> dates.add(new ActivityDate("2", active)));
    dates.add(new ActivityDate("3", agreement.endDate()));
    if (agreement.status() == AgreementStatus.CLOSED
        || agreement.status() == AgreementStatus.TERMINATED) {
      first(history, EnumSet.of(agreement.status()))
          .ifPresent(ended -> dates.add(new ActivityDate("4", ended)));
    }
    return dates;
  }

  /** Shares of 100 to two decimals; the last country takes what rounding left. */
  static List<CountryShare> countries(List<String> codes) {
    List<CountryShare> shares = new ArrayList<>();
    BigDecimal each = HUNDRED.divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.DOWN);
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < codes.size(); i++) {
      BigDecimal share = i == codes.size() - 1 ? HUNDRED.subtract(given) : each;
      shares.add(new CountryShare(codes.get(i), share));
      given = given.add(share);
    }
    return shares;
  }

  /** The amount and end the MoU was signed with, and the amendment that first changed them. */
  private record Signed(BigDecimal amount, LocalDate end, Optional<Amendment> changedBy) {}

  private Signed signed(Agreement agreement) {
    Optional<Amendment> firstChange =
        amendments.list(agreement.reference()).stream()
            .filter(amendment -> amendment.status() == AmendmentStatus.APPROVED)
            .filter(
                amendment ->
                    amendment.before().amount().compareTo(amendment.after().amount()) != 0
                        || !amendment.before().endDate().equals(amendment.after().endDate()))
            .min(Comparator.comparingInt(Amendment::number));
    return new Signed(
        firstChange.map(amendment -> amendment.before().amount()).orElse(agreement.amount()),
        firstChange.map(amendment -> amendment.before().endDate()).orElse(agreement.endDate()),
        firstChange);
  }

  /**
   * The budget in periods of at most a year from the start date, each its share of the amount by
   * days. The original budget is the one signed; after an amendment of the amount or the end, the
   * revised budget follows the amended terms.
   */
  private static List<Budget> budgets(Agreement agreement, Signed signed) {
    String status = STATUS.get(agreement.status()).equals("1") ? "1" : "2";
    List<Budget> budgets =
        new ArrayList<>(yearly("1", status, agreement.startDate(), signed.end(), signed.amount()));
    if (signed.changedBy().isPresent()) {
      budgets.addAll(
          yearly("2", status, agreement.startDate(), agreement.endDate(), agreement.amount()));
    }
    return budgets;
  }

  static List<Budget> yearly(
      String type, String status, LocalDate start, LocalDate end, BigDecimal amount) {
    long totalDays = ChronoUnit.DAYS.between(start, end) + 1;
    List<Budget> budgets = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (LocalDate from = start; !from.isAfter(end); ) {
      LocalDate to = from.plusYears(1).minusDays(1);
      if (!to.isBefore(end)) {
        to = end;
      }
      BigDecimal value =
          to.equals(end)
              ? amount.subtract(given)
              : amount
                  .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1))
                  .divide(BigDecimal.valueOf(totalDays), 2, RoundingMode.HALF_UP);
      budgets.add(new Budget(type, status, from, to, value));
      given = given.add(value);
      from = to.plusDays(1);
    }
    return budgets;
  }

  /**
   * The commitment signed when the agreement became active, what amendments added to or took from
   * it, and the expenditure of accepted reports.
   */
  private List<Transaction> transactions(
      Agreement agreement,
      Signed signed,
      List<StatusChange> history,
      List<PeriodReport> periods,
      Organisation provider) {
    List<Transaction> transactions = new ArrayList<>();
    first(history, EnumSet.of(AgreementStatus.ACTIVE))
        .ifPresent(
            active ->
                transactions.add(
                    new Transaction(
                        "11",
                        active,
                        signed.amount(),
                        null,
                        "Contribution agreed in the signed MoU",
                        provider)));
    amendments.list(agreement.reference()).stream()
        .filter(amendment -> amendment.status() == AmendmentStatus.APPROVED)
        .filter(amendment -> amendment.before().amount().compareTo(amendment.after().amount()) != 0)
        .forEach(
            amendment ->
                transactions.add(
                    new Transaction(
                        "11",
                        amendment.decidedAt().toLocalDate(),
                        amendment.after().amount().subtract(amendment.before().amount()),
                        null,
                        "Contribution changed by amendment " + amendment.number(),
                        provider)));
    receipts.list(agreement.reference()).stream()
        .filter(receipt -> !receipt.isReversed())
        .forEach(
            receipt ->
                transactions.add(
                    new Transaction(
                        "1",
                        receipt.valueDate(),
                        receipt.amount(),
                        otherThan(agreement, receipt.currency()),
                        "Instalment " + receipt.instalment() + " received",
                        provider)));
    // IATI's guidance for money given back: the original transaction type, negative.
    settlements
        .find(agreement.reference())
        .filter(settlement -> settlement.refunded().signum() > 0)
        .ifPresent(
            refund ->
                transactions.add(
                    new Transaction(
                        "1",
                        refund.refundValueDate(),
                        refund.refunded().negate(),
                        null,
                        "Unspent balance refunded at closure",
                        provider)));
    for (PeriodReport period : periods) {
      accepted(period)
          .ifPresent(
              report ->
                  transactions.add(
                      new Transaction(
                          "4",
                          report.reviewedAt().toLocalDate(),
                          report.expenditure(),
                          null,
                          "Expenditure reported for period " + period.period().number(),
                          null)));
    }
    return transactions;
  }

  /**
   * The schedule's instalments, each when it is expected: on signature (the day the agreement
   * became active, or its start before then), on its date, or on its report's due date.
   */
  private List<PlannedDisbursement> plannedDisbursements(
      Agreement agreement,
      Organisation provider,
      List<StatusChange> history,
      List<PeriodReport> periods) {
    LocalDate signature =
        first(history, EnumSet.of(AgreementStatus.ACTIVE)).orElse(agreement.startDate());
    List<PlannedDisbursement> planned = new ArrayList<>();
    for (Instalment instalment : agreements.fundingTerms(agreement.reference()).schedule()) {
      LocalDate expected =
          switch (instalment.trigger()) {
            case ON_SIGNATURE -> signature;
            case ON_DATE -> instalment.dueDate();
            case ON_REPORT_ACCEPTED ->
                periods.stream()
                    .filter(period -> period.period().number() == instalment.reportNumber())
                    .map(period -> period.period().dueOn())
                    .findFirst()
                    .orElse(agreement.endDate());
          };
      planned.add(
          new PlannedDisbursement(
              "1",
              expected,
              expected,
              instalment.amount(),
              otherThan(agreement, instalment.currency()),
              provider));
    }
    return planned;
  }

  /** The currency where it is not the activity's default, else null. */
  private static String otherThan(Agreement agreement, String currency) {
    return currency.equals(agreement.currency()) ? null : currency;
  }

  private List<DocumentLink> documentLinks(Agreement agreement) {
    return documents.list(agreement).stream()
        .filter(document -> document.kind() == DocumentKind.SIGNED_MOU)
        .max(Comparator.comparingInt(StoredDocument::version))
        .map(
            signed ->
                List.of(
                    new DocumentLink(
                        properties.publicUrl()
                            + "/api/agreements/"
                            + agreement.reference()
                            + "/documents/"
                            + signed.id(),
                        "application/pdf",
                        "Memorandum of understanding " + agreement.reference() + ", signed",
                        "A09",
                        "en",
                        signed.createdAt().toLocalDate())))
        .orElse(List.of());
  }

  private static List<Result> results(
      Agreement agreement, List<ObjectivePlan> framework, List<PeriodReport> periods) {
    List<Result> results = new ArrayList<>();
    for (int o = 0; o < framework.size(); o++) {
      ObjectivePlan objective = framework.get(o);
      List<Indicator> indicators = new ArrayList<>();
      for (int i = 0; i < objective.indicators().size(); i++) {
        indicators.add(
            indicator(agreement, objective.indicators().get(i), IndicatorPlan.code(o, i), periods));
      }
      results.add(new Result("2", objective.objective(), indicators));
    }
    return results;
  }

  private static Indicator indicator(
      Agreement agreement, IndicatorPlan plan, String code, List<PeriodReport> periods) {
    boolean qualitative = plan.isQualitative();
    List<Period> rows = new ArrayList<>();
    for (PeriodReport period : periods) {
      Optional<IndicatorActual> actual =
          accepted(period)
              .flatMap(
                  report ->
                      report.indicatorActuals().stream()
                          .filter(found -> found.code().equals(code))
                          .findFirst());
      rows.add(
          new Period(
              period.period().startsOn(),
              period.period().endsOn(),
              qualitative
                  ? null
                  : ProgressRating.expected(
                          plan,
                          agreement.startDate(),
                          agreement.endDate(),
                          period.period().endsOn())
                      .stripTrailingZeros(),
              qualitative ? plan.targetDescription() : null,
              actual.map(IndicatorActual::value).map(BigDecimal::stripTrailingZeros).orElse(null),
              actual.map(IndicatorActual::description).orElse(null)));
    }
    return new Indicator(
        plan.measureOrDefault() == Measure.PERCENTAGE ? "2" : qualitative ? "5" : "1",
        qualitative ? null : plan.target().compareTo(plan.baseline()) >= 0,
        plan.name() + (plan.unit() == null ? "" : " (" + plan.unit() + ")"),
        agreement.startDate().getYear(),
        agreement.startDate(),
        qualitative ? null : plan.baseline().stripTrailingZeros(),
        rows);
  }

  private static Optional<ProgressReport> accepted(PeriodReport period) {
    return period.submissions().stream()
        .filter(report -> ReportDecision.ACCEPT.name().equals(report.decision()))
        .max(Comparator.comparingInt(ProgressReport::revision));
  }

  private static Optional<LocalDate> first(
      List<StatusChange> history, Set<AgreementStatus> statuses) {
    return history.stream()
        .filter(change -> statuses.contains(change.status()))
        .map(change -> change.changedAt().toLocalDate())
        .findFirst();
  }
}
