package org.accord.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.Owed;
import org.springframework.stereotype.Component;

/**
 * The money as managers follow it, in US dollars to the cent (see MetricsMapper.xml, {@code flows},
 * for where each figure comes from):
 *
 * <ul>
 *   <li>pledged: the value of the proposals not rejected, declined or withdrawn;
 *   <li>committed: the value of the agreements that reached ACTIVE (signed), what "funds mobilized"
 *       used to count;
 *   <li>received: the receipts not reversed, at the rate of their value date: funds mobilized;
 *   <li>spent: the expenditure of accepted progress reports, at each agreement's own rate;
 *   <li>balance: received − spent, the cash in hand (in a month: that month's net flow).
 * </ul>
 *
 * And what is owed: the called instalments still outstanding by age, and every instalment still
 * owed by the quarter it is expected in, from the payment schedules of committed agreements.
 */
@Component
public class FundsFigures {

  private static final BigDecimal NONE = new BigDecimal("0.00");

  /** The money of a group of agreements, in USD. */
  public record Money(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pledgedUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spentUsd) {

    static final Money NOTHING = new Money(NONE, NONE, NONE, NONE);

    @JsonProperty
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal balanceUsd() {
      return receivedUsd.subtract(spentUsd);
    }
  }

  /** How many instalments, and what is outstanding of them in USD. */
  public record Outstanding(
      long instalments, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal usd) {

    static final Outstanding NOTHING = new Outstanding(0, NONE);
  }

  /** Days past the date a call asked payment by. */
  public enum Age {
    NOT_YET_DUE,
    DAYS_0_30,
    DAYS_31_60,
    DAYS_61_90,
    OVER_90
  }

  /**
   * What is expected in each of the next four quarters (this one first, as {@code 2026-Q3}), after
   * them, and with no date yet (an instalment due on a report whose period is not scheduled).
   */
  public record ExpectedReceipts(
      Map<String, Outstanding> quarters, Outstanding later, Outstanding undated) {}

  /**
   * The totals first, then by group; every age and the four quarters always, to keep charts' shape.
   */
  public record View(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pledgedUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spentUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceUsd,
      Map<String, Money> byPriority,
      Map<String, Money> byRegion,
      Map<String, Money> byDonor,
      Map<String, Money> byMonth,
      Map<Age, Outstanding> receivables,
      ExpectedReceipts expectedReceipts) {}

  private final MetricsMapper metrics;
  private final Clock clock;

  FundsFigures(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  public View view(MetricsFilter filter) {
    MetricsFilter.Selection selection = filter.selection(clock.getZone());
    LocalDate today = LocalDate.now(clock);
    Money total = Money.NOTHING;
    Map<String, Map<String, Money>> groups = new LinkedHashMap<>();
    for (String dimension : new String[] {"PRIORITY", "REGION", "DONOR", "MONTH"}) {
      groups.put(dimension, new TreeMap<>());
    }
    for (MetricsMapper.Flows row : metrics.flows(selection, clock.getZone().getId())) {
      Money money =
          new Money(
              cents(row.pledgedUsd()),
              cents(row.committedUsd()),
              cents(row.receivedUsd()),
              cents(row.spentUsd()));
      if (row.dimension().equals("TOTAL")) {
        total = money;
      } else {
        groups.get(row.dimension()).put(row.label(), money);
      }
    }
    return new View(
        total.pledgedUsd(),
        total.committedUsd(),
        total.receivedUsd(),
        total.spentUsd(),
        total.balanceUsd(),
        groups.get("PRIORITY"),
        groups.get("REGION"),
        groups.get("DONOR"),
        groups.get("MONTH"),
        receivables(selection, today),
        expectedReceipts(selection, today));
  }

  private Map<Age, Outstanding> receivables(MetricsFilter.Selection selection, LocalDate today) {
    Map<Age, Outstanding> byAge = new EnumMap<>(Age.class);
    for (Age age : Age.values()) {
      byAge.put(age, Outstanding.NOTHING);
    }
    for (Owed row : metrics.receivables(selection, today)) {
      byAge.put(Age.valueOf(row.label()), outstanding(row));
    }
    return byAge;
  }

  private ExpectedReceipts expectedReceipts(MetricsFilter.Selection selection, LocalDate today) {
    LocalDate thisQuarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
    Map<LocalDate, Outstanding> byStart = new LinkedHashMap<>();
    for (int next = 0; next < 4; next++) {
      byStart.put(thisQuarter.plusMonths(3L * next), Outstanding.NOTHING);
    }
    Outstanding later = Outstanding.NOTHING;
    Outstanding undated = Outstanding.NOTHING;
    for (Owed row : metrics.expectedReceipts(selection, today)) {
      if (row.label() == null) {
        undated = outstanding(row);
        continue;
      }
      LocalDate start = LocalDate.parse(row.label());
      if (byStart.containsKey(start)) {
        byStart.put(start, outstanding(row));
      } else {
        later =
            new Outstanding(
                later.instalments() + row.instalments(), later.usd().add(outstanding(row).usd()));
      }
    }
    Map<String, Outstanding> quarters = new LinkedHashMap<>();
    byStart.forEach(
        (start, expected) ->
            quarters.put(start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR), expected));
    return new ExpectedReceipts(quarters, later, undated);
  }

  private static Outstanding outstanding(Owed row) {
    return new Outstanding(row.instalments(), cents(row.usd()));
  }

  /** A sum over nothing is no money, written to the cent like the rest. */
  private static BigDecimal cents(BigDecimal usd) {
    return usd == null ? NONE : usd.setScale(2);
  }
}
