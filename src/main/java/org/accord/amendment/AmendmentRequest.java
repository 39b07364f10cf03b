package org.accord.amendment;

import java.time.LocalDate;
import java.util.List;
import org.accord.results.ObjectivePlan;

/**
 * A requested change to an active agreement, as {@code POST /api/agreements/{ref}/amendments} takes
 * it: only the fields that change, and why. The amount is a decimal string in the agreement's
 * currency.
 */
public record AmendmentRequest(
    String justification,
    String amount,
    LocalDate endDate,
    String title,
    List<String> beneficiaryCountries,
    List<ObjectivePlan> results) {}
