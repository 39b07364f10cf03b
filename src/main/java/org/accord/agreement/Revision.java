package org.accord.agreement;

import java.time.LocalDate;
import java.util.List;

/** The corrections an initiator makes to a proposal that came back from screening or the donor. */
public record Revision(
    String title,
    String amount,
    String currency,
    LocalDate startDate,
    LocalDate endDate,
    List<String> beneficiaryCountries,
    AgreementType type,
    Priority priority,
    Region region,
    ReportingFrequency reportingFrequency) {}
