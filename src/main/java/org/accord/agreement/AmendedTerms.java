package org.accord.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.accord.results.ObjectivePlan;

/**
 * What an approved amendment changes; a null field stays as it was. Checked before it gets here.
 */
public record AmendedTerms(
    String title,
    List<String> beneficiaryCountries,
    BigDecimal amount,
    LocalDate endDate,
    List<ObjectivePlan> results) {}
