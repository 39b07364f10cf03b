package org.accord.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A partnership agreement, from proposal to closure. */
public record Agreement(
    long id,
    String reference,
    String title,
    AgreementType type,
    String partnerCode,
    Priority priority,
    Region region,
    List<String> beneficiaryCountries,
    List<String> outputTypes,
    BigDecimal amount,
    String currency,
    BigDecimal amountUsd,
    LocalDate startDate,
    LocalDate endDate,
    ReportingFrequency reportingFrequency,
    AgreementStatus status,
    String initiator,
    String processInstanceId,
    OffsetDateTime createdAt) {}
