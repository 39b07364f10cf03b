package org.accord.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.accord.budget.FundingTerms;
import org.accord.results.ObjectivePlan;

/**
 * What an approved amendment changes; a null field stays as it was. Checked before it gets here.
 * The funding, when given, is the complete budget and schedule the amendment restated (its partner
 * cash the new amount); without it, the budget and schedule follow the amount and end date. The
 * languages, when given, are the agreement's language(s) restated whole.
 */
public record AmendedTerms(
    String title,
    List<String> beneficiaryCountries,
    BigDecimal amount,
    LocalDate endDate,
    List<ObjectivePlan> results,
    FundingTerms funding,
    AgreementLanguages languages) {}
