package org.accord.metrics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.StatusChange;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.HistoryStep;
import org.springframework.stereotype.Component;

/**
 * Every agreement with the days it spent in each stage, as a CSV a spreadsheet opens as it is:
 * UTF-8 with a byte-order mark, ISO dates, amounts with a decimal point, and no cell a spreadsheet
 * would run as a formula.
 */
@Component
public class AgreementsCsv {

  /** The stages an agreement passes through before it is ACTIVE, in order. */
  private static final List<AgreementStatus> STAGES =
      List.of(
          AgreementStatus.SCREENING,
          AgreementStatus.IN_REVISION,
          AgreementStatus.DUE_DILIGENCE,
          AgreementStatus.INTERNAL_APPROVAL,
          AgreementStatus.DONOR_APPROVAL,
          AgreementStatus.MOU_SIGNING,
          AgreementStatus.ACTIVE,
          AgreementStatus.SUSPENDED);

  private final AgreementService agreements;
  private final MetricsMapper metrics;
  private final Clock clock;

  AgreementsCsv(AgreementService agreements, MetricsMapper metrics, Clock clock) {
    this.agreements = agreements;
    this.metrics = metrics;
    this.clock = clock;
  }

  public byte[] export() {
    StringBuilder csv = new StringBuilder("\uFEFF");
    List<String> header =
        new ArrayList<>(
            List.of(
                "reference",
                "title",
                "partner",
                "type",
                "priority",
                "region",
                "beneficiary_countries",
                "amount",
                "currency",
                "amount_usd",
                "start_date",
                "end_date",
                "status",
                "proposed_at"));
    STAGES.forEach(stage -> header.add("days_" + stage.name().toLowerCase()));
    header.add("days_proposal_to_active");
    line(csv, header);
    Map<Long, List<StatusChange>> histories =
        metrics.statusHistories().stream()
            .collect(
                Collectors.groupingBy(
                    HistoryStep::agreementId,
                    Collectors.mapping(HistoryStep::change, Collectors.toList())));
    for (Agreement agreement : agreements.list(null, null)) {
      List<StatusChange> history = histories.getOrDefault(agreement.id(), List.of());
      Map<AgreementStatus, Duration> inStage = timeInStages(agreement, history);
      List<String> row =
          new ArrayList<>(
              List.of(
                  agreement.reference(),
                  agreement.title(),
                  agreement.partnerCode(),
                  agreement.type().name(),
                  agreement.priority().name(),
                  agreement.region().name(),
                  String.join(" ", agreement.beneficiaryCountries()),
                  agreement.amount().toPlainString(),
                  agreement.currency(),
                  agreement.amountUsd().toPlainString(),
                  agreement.startDate().toString(),
                  agreement.endDate().toString(),
                  agreement.status().name(),
                  agreement.createdAt().toString()));
      STAGES.forEach(stage -> row.add(days(inStage.get(stage))));
      row.add(
          history.stream()
              .filter(change -> change.status() == AgreementStatus.ACTIVE)
              .findFirst()
              .map(active -> days(Duration.between(history.get(0).changedAt(), active.changedAt())))
              .orElse(""));
      line(csv, row);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Each status lasts until the next change; the current one until now, if still open. */
  private Map<AgreementStatus, Duration> timeInStages(
      Agreement agreement, List<StatusChange> history) {
    Map<AgreementStatus, Duration> inStage = new EnumMap<>(AgreementStatus.class);
    for (int i = 0; i < history.size(); i++) {
      StatusChange change = history.get(i);
      OffsetDateTime until =
          i + 1 < history.size()
              ? history.get(i + 1).changedAt()
              : (STAGES.contains(change.status()) ? OffsetDateTime.now(clock) : null);
      if (until != null) {
        inStage.merge(change.status(), Duration.between(change.changedAt(), until), Duration::plus);
      }
    }
    return inStage;
  }

  private static String days(Duration duration) {
    return duration == null ? "" : Days.of(duration).toPlainString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** Quoted when it must be; a leading =, +, - or @ is neutralised against formula injection. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }
}
