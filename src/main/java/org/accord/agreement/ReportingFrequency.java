package org.accord.agreement;

import java.time.LocalDate;
import java.time.Period;

/** Each label is the one users read, in the forms (checked by {@code FormLabelsTest}). */
public enum ReportingFrequency {
  QUARTERLY("Quarterly"),
  SEMI_ANNUAL("Semi-annual (every six months)"),
  ANNUAL("Annual");

  private final String label;

  ReportingFrequency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** How long one reporting period is. */
  public Period length() {
    return switch (this) {
      case QUARTERLY -> Period.ofMonths(3);
      case SEMI_ANNUAL -> Period.ofMonths(6);
      case ANNUAL -> Period.ofYears(1);
    };
  }

  /** How many periods an agreement running from start to end reports on, the last one short. */
  public int periodsBetween(LocalDate start, LocalDate end) {
    int periods = 0;
    // From the start date each time, as the reporting schedule counts them.
    while (!start.plus(length().multipliedBy(periods)).isAfter(end)) {
      periods++;
    }
    return periods;
  }
}
