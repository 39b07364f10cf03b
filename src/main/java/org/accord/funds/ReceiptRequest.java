package org.accord.funds;

import java.time.LocalDate;

/**
 * A receipt as a client records it: the amount as text, so that a wrong one is named by its field;
 * the instalment is optional (the first with anything outstanding); an amount beyond what is
 * outstanding is refused unless it is declared an over-payment.
 */
public record ReceiptRequest(
    String amount,
    String currency,
    LocalDate valueDate,
    String bankReference,
    Integer instalment,
    Boolean overpayment) {}
