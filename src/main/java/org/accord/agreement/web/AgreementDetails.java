package org.accord.agreement.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.Decision;
import org.accord.agreement.StatusChange;
import org.accord.results.ObjectivePlan;

/**
 * An agreement with its co-partners (codes, beside its lead partner), the initiative it belongs to
 * (if any), its status history, its results framework and, for the agency's staff, the decisions
 * taken on it (who decided what, when).
 */
record AgreementDetails(
    @JsonUnwrapped Agreement agreement,
    List<String> coPartners,
    String initiative,
    List<StatusChange> history,
    List<ObjectivePlan> results,
    List<Decision> decisions) {}
