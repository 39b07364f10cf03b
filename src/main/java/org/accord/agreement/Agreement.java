package org.accord.agreement;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.shared.Language;

/**
 * A partnership agreement, from proposal to closure. {@code partnerCode} is its lead partner; its
 * co-partners, if any, are kept beside it ({@link AgreementService#coPartners}). {@code
 * contribution} and {@code sought} are the partners' own words, or null.
 */
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
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountUsd,
    LocalDate startDate,
    LocalDate endDate,
    ReportingFrequency reportingFrequency,
    AgreementStatus status,
    String initiator,
    String processInstanceId,
    OffsetDateTime createdAt,
    int mouVersion,
    Language language,
    Language secondLanguage,
    BilingualLayout bilingualLayout,
    String contribution,
    String sought) {

  /** The language(s) of its documents. */
  public AgreementLanguages languages() {
    return new AgreementLanguages(language, secondLanguage, bilingualLayout);
  }

  /** The agreement as its partner sees it: who proposed it is the agency's to know. */
  public Agreement asSeenByPartner() {
    return copy(startDate, null);
  }

  /** The same agreement as if it started later: what remains of it, to plan from. */
  public Agreement withStartDate(LocalDate later) {
    return copy(later, initiator);
  }

  private Agreement copy(LocalDate start, String proposedBy) {
    return new Agreement(
        id,
        reference,
        title,
        type,
        partnerCode,
        priority,
        region,
        beneficiaryCountries,
        outputTypes,
        amount,
        currency,
        amountUsd,
        start,
        endDate,
        reportingFrequency,
        status,
        proposedBy,
        processInstanceId,
        createdAt,
        mouVersion,
        language,
        secondLanguage,
        bilingualLayout,
        contribution,
        sought);
  }
}
