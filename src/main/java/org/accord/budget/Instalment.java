package org.accord.budget;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One instalment of the partner's cash contribution: how much, in which currency, and what makes it
 * fall due (a date for {@code ON_DATE}, a report's number for {@code ON_REPORT_ACCEPTED}).
 */
public record Instalment(
    int number,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    InstalmentTrigger trigger,
    LocalDate dueDate,
    Integer reportNumber) {

  /** The same amount, currency and trigger, whatever the amount's scale. */
  public boolean sameAs(Instalment other) {
    return number == other.number
        && amount.compareTo(other.amount) == 0
        && currency.equals(other.currency)
        && trigger == other.trigger
        && Objects.equals(dueDate, other.dueDate)
        && Objects.equals(reportNumber, other.reportNumber);
  }

  /** "On signature", "On 2027-03-01", "On acceptance of progress report 2". */
  public String when() {
    return switch (trigger) {
      case ON_SIGNATURE -> "On signature";
      case ON_DATE -> "On " + dueDate;
      case ON_REPORT_ACCEPTED -> "On acceptance of progress report " + reportNumber;
    };
  }
}
