package org.accord.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.accord.agreement.AgreementStatus;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.AgreementStays;
import org.accord.shared.Csv;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

  private static final List<String> HEADER =
      Stream.concat(
              Stream.of(
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
                  "proposed_at"),
              Stream.concat(
                  STAGES.stream().map(stage -> "days_" + stage.name().toLowerCase()),
                  Stream.of("days_proposal_to_active")))
          .toList();

  private final MetricsMapper metrics;
  private final Clock clock;

  AgreementsCsv(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Writes every agreement, newest first, as it is read: a million agreements are not held in
   * memory. A stage still under way counts until now.
   */
  @Transactional(readOnly = true)
  public void export(OutputStream out) throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Csv.start(csv);
    Csv.line(csv, HEADER);
    try {
      metrics.agreementsWithStays(
          STAGES.stream().map(AgreementStatus::name).toList(),
          OffsetDateTime.now(clock),
          row -> Csv.line(csv, cells(row.getResultObject())));
    } catch (UncheckedIOException clientGone) {
      throw clientGone.getCause();
    }
    csv.flush();
  }

  private static List<String> cells(AgreementStays agreement) {
    List<String> cells =
        new ArrayList<>(
            List.of(
                agreement.reference(),
                agreement.title(),
                agreement.partnerCode(),
                agreement.type(),
                agreement.priority(),
                agreement.region(),
                agreement.beneficiaryCountries(),
                agreement.amount().toPlainString(),
                agreement.currency(),
                agreement.amountUsd().toPlainString(),
                agreement.startDate().toString(),
                agreement.endDate().toString(),
                agreement.status(),
                agreement.proposedAt().withOffsetSameInstant(ZoneOffset.UTC).toString()));
    for (int stage = 0; stage < STAGES.size(); stage++) {
      cells.add(days(agreement.stayMillis() == null ? null : agreement.stayMillis()[stage]));
    }
    cells.add(days(agreement.millisToActive()));
    return cells;
  }

  private static String days(Long millis) {
    return millis == null ? "" : Days.of(Duration.ofMillis(millis)).toPlainString();
  }
}
