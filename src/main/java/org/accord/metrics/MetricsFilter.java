package org.accord.metrics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.shared.FieldViolation;
import org.accord.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which agreements the managers' figures are about: of a priority, a region, a donor, proposed
 * between two days (both included). Every figure of the dashboard is computed over the same set.
 */
public record MetricsFilter(
    Priority priority,
    Region region,
    String donor,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

  /** Every agreement: the dashboard's landing page. */
  public static final MetricsFilter ALL = new MetricsFilter(null, null, null, null, null);

  public MetricsFilter {
    donor = donor == null || donor.isBlank() ? null : donor.strip();
  }

  /** The filter as the queries take it: the days become instants in Accord's time zone. */
  public Selection selection(ZoneId zone) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException(
          List.of(new FieldViolation("to", "is before from (" + from + ")")));
    }
    return new Selection(
        priority == null ? null : priority.name(),
        region == null ? null : region.name(),
        donor,
        from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
  }

  /** Proposed at or after {@code proposedFrom} and before {@code proposedBefore}. */
  public record Selection(
      String priority,
      String region,
      String donor,
      OffsetDateTime proposedFrom,
      OffsetDateTime proposedBefore) {

    /** Chooses every agreement. */
    public boolean all() {
      return priority == null
          && region == null
          && donor == null
          && proposedFrom == null
          && proposedBefore == null;
    }
  }
}
