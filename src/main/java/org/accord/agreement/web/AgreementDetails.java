package org.accord.agreement.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.StatusChange;
import org.accord.results.ObjectivePlan;

/** An agreement with its status history and its results framework. */
record AgreementDetails(
    @JsonUnwrapped Agreement agreement, List<StatusChange> history, List<ObjectivePlan> results) {}
