package org.accord.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a call for funds asks of the donor: which instalment, how much, why it falls due now, by
 * when to pay, the reference to quote and the account to pay into.
 */
public record CallForFunds(
    int instalment,
    int instalments,
    BigDecimal amount,
    String currency,
    String fallsDueBecause,
    LocalDate calledOn,
    LocalDate payBy,
    String paymentReference,
    String bankName,
    String accountName,
    String iban,
    String swift) {}
