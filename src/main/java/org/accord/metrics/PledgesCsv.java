package org.accord.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.Pledge;
import org.accord.shared.Csv;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pledges behind the dashboard's "pledged to opportunities" (like {@link LedgerCsv}): one line
 * per pledge of an amount, in its own currency, with the concept note it started.
 */
@Component
public class PledgesCsv {

  private static final List<String> HEADER =
      List.of("pledged_at", "opportunity", "title", "donor", "amount", "currency", "concept_note");

  private final MetricsMapper metrics;
  private final Clock clock;

  PledgesCsv(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The pledges the filter chooses; a bad filter is refused here, before anything is written. */
  public MetricsFilter.Selection select(MetricsFilter filter) {
    return filter.selection(clock.getZone());
  }

  /** Writes the pledges chosen as they are read: nothing is held in memory. */
  @Transactional(readOnly = true)
  public void export(MetricsFilter.Selection selection, OutputStream out) throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Csv.start(csv);
    Csv.line(csv, HEADER);
    try {
      metrics.pledges(selection, row -> Csv.line(csv, cells(row.getResultObject())));
    } catch (UncheckedIOException clientGone) {
      throw clientGone.getCause();
    }
    csv.flush();
  }

  private static List<String> cells(Pledge pledge) {
    return List.of(
        pledge.pledgedAt().withOffsetSameInstant(ZoneOffset.UTC).toString(),
        String.valueOf(pledge.opportunityId()),
        pledge.title(),
        pledge.partnerCode(),
        pledge.amount().toPlainString(),
        pledge.currency(),
        pledge.conceptNoteId() == null ? "" : pledge.conceptNoteId().toString());
  }
}
