package org.accord.funds;

import java.time.LocalDate;

/** What finance settles a balance with, as its task's form or an engine-rest client sends it. */
public record SettlementRequest(
    String decision,
    String note,
    LocalDate refundValueDate,
    String refundBankReference,
    String donorConsentReference,
    LocalDate donorConsentDate) {}
