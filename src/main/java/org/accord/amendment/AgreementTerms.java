package org.accord.amendment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementLanguages;
import org.accord.budget.FundingTerms;
import org.accord.results.ObjectivePlan;
import org.accord.training.TrainingTerms;

/**
 * The terms an amendment can change, as they were before it and as they are after it; the funding
 * (budget and payment schedule) is missing from amendments recorded before amendments could restate
 * it; the training terms are a training cooperation's only (and missing before they could be
 * amended); the languages are missing before they could be amended.
 */
public record AgreementTerms(
    String title,
    List<String> beneficiaryCountries,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    LocalDate endDate,
    int mouVersion,
    List<ObjectivePlan> results,
    FundingTerms funding,
    TrainingTerms trainingTerms,
    AgreementLanguages languages) {

  static AgreementTerms of(
      Agreement agreement,
      List<ObjectivePlan> results,
      FundingTerms funding,
      TrainingTerms trainingTerms) {
    return new AgreementTerms(
        agreement.title(),
        agreement.beneficiaryCountries(),
        agreement.amount(),
        agreement.currency(),
        agreement.endDate(),
        agreement.mouVersion(),
        results,
        funding,
        trainingTerms,
        agreement.languages());
  }
}
