package org.accord.funds;

import jakarta.validation.constraints.NotBlank;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the agency calls for funds: the days a donor has to pay, when it is reminded and when finance
 * and managers are told, and the account it pays into.
 */
@Validated
@ConfigurationProperties("accord.funds")
public record FundsProperties(
    @DefaultValue("P30D") Period paymentTerms,
    @DefaultValue("P30D") Period reminderAfter,
    @DefaultValue("P60D") Period escalationAfter,
    @DefaultValue BankAccount bank) {

  /** The agency's account that calls for funds ask donors to pay into. */
  public record BankAccount(
      @NotBlank(message = "must name the agency's bank (ACCORD_BANK_NAME)") String name,
      @NotBlank(message = "must name the account holder (ACCORD_BANK_ACCOUNT_NAME)")
          String accountName,
      @NotBlank(message = "must give the account's IBAN (ACCORD_BANK_IBAN)") String iban,
      @NotBlank(message = "must give the bank's SWIFT/BIC code (ACCORD_BANK_SWIFT)")
          String swift) {}
}
