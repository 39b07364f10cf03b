package org.accord.document;

import java.time.LocalDate;
import org.accord.budget.Instalment;

/**
 * What a call for funds asks of the donor: which instalment, how much, why it falls due now, by
 * when to pay, the reference to quote and the account to pay into.
 */
public record CallForFunds(
    Instalment instalment,
    int instalments,
    LocalDate calledOn,
    LocalDate payBy,
    String paymentReference,
    String bankName,
    String accountName,
    String iban,
    String swift) {}
