package org.accord.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.LedgerEntry;
import org.accord.shared.Csv;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger for finance, as a spreadsheet opens it (like {@link AgreementsCsv}): for each
 * committed agreement, each instalment with its call and what is still outstanding, followed by the
 * receipts recorded against it, reversed ones too (a reversal is never a deletion). Amounts in
 * their own currency and in USD: the instalment's expected value at activation, the receipt's value
 * at the rate of its value date.
 */
@Component
public class LedgerCsv {

  private static final List<String> HEADER =
      List.of(
          "reference",
          "donor",
          "instalment",
          "entry",
          "status",
          "trigger",
          "due_date",
          "report_number",
          "amount",
          "currency",
          "amount_usd",
          "called_on",
          "pay_by",
          "outstanding",
          "days_overdue",
          "receipt_id",
          "value_date",
          "bank_reference",
          "toward_instalment",
          "exchange_difference_usd",
          "overpayment",
          "recorded_by",
          "recorded_at",
          "reversed_by",
          "reversed_at",
          "reversal_reason");

  private final MetricsMapper metrics;
  private final Clock clock;

  LedgerCsv(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * The agreements the filter chooses; a bad filter is refused here, before anything is written.
   */
  public MetricsFilter.Selection select(MetricsFilter filter) {
    return filter.selection(clock.getZone());
  }

  /** Writes the ledger of the agreements chosen, as it is read: nothing is held in memory. */
  @Transactional(readOnly = true)
  public void export(MetricsFilter.Selection selection, OutputStream out) throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Csv.start(csv);
    Csv.line(csv, HEADER);
    try {
      metrics.ledger(
          selection, LocalDate.now(clock), row -> Csv.line(csv, cells(row.getResultObject())));
    } catch (UncheckedIOException clientGone) {
      throw clientGone.getCause();
    }
    csv.flush();
  }

  private static List<String> cells(LedgerEntry entry) {
    return Arrays.asList(
        entry.reference(),
        entry.donor(),
        String.valueOf(entry.instalment()),
        entry.entry(),
        entry.status(),
        entry.trigger(),
        text(entry.dueDate()),
        text(entry.reportNumber()),
        amount(entry.amount()),
        entry.currency(),
        amount(entry.usd()),
        text(entry.calledOn()),
        text(entry.payBy()),
        amount(entry.outstanding()),
        text(entry.daysOverdue()),
        text(entry.receiptId()),
        text(entry.valueDate()),
        entry.bankReference(),
        amount(entry.towardInstalment()),
        amount(entry.exchangeDifferenceUsd()),
        text(entry.overpayment()),
        entry.recordedBy(),
        instant(entry.recordedAt()),
        entry.reversedBy(),
        instant(entry.reversedAt()),
        entry.reversalReason());
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }

  private static String instant(OffsetDateTime time) {
    return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
