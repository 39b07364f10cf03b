package org.accord.amendment.process;

import static org.accord.amendment.AgreementAmendmentProcess.Variables.*;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Decision;
import org.accord.amendment.AgreementAmendmentProcess;
import org.accord.amendment.Amendment;
import org.accord.amendment.AmendmentRequest;
import org.accord.amendment.AmendmentService;
import org.accord.amendment.AmendmentSummary;
import org.accord.budget.FundingTerms;
import org.accord.budget.FundingText;
import org.accord.partner.PartnerService;
import org.accord.security.AuthorizationGrants;
import org.accord.security.PartnerGroups;
import org.accord.training.TrainingTerms;
import org.accord.training.TrainingTermsText;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an amendment request: records it and starts {@code agreement-amendment} with the message
 * {@code AmendmentRequested}, in one transaction; the partner's group may read that process, as it
 * reads its agreement's.
 */
@Component
public class AmendmentRequests {

  private final AmendmentService amendments;
  private final AgreementService agreements;
  private final PartnerService partners;
  private final RuntimeService runtimeService;
  private final AuthorizationGrants grants;

  AmendmentRequests(
      AmendmentService amendments,
      AgreementService agreements,
      PartnerService partners,
      RuntimeService runtimeService,
      AuthorizationGrants grants) {
    this.amendments = amendments;
    this.agreements = agreements;
    this.partners = partners;
    this.runtimeService = runtimeService;
    this.grants = grants;
  }

  @Transactional
  public Amendment submit(String reference, AmendmentRequest request, String by) {
    Amendment amendment = amendments.request(reference, request, by);
    Agreement agreement = agreements.require(reference);
    VariableMap variables =
        Variables.createVariables()
            .putValue(AGREEMENT_REFERENCE, reference)
            .putValue(TITLE, agreement.title())
            .putValue(PARTNER_NAME, partners.require(agreement.partnerCode()).name())
            .putValue(AMENDMENT_NUMBER, amendment.number())
            .putValue(AMENDMENT_TYPE, amendment.type().name())
            .putValue(
                AMENDMENT_SUMMARY,
                AmendmentSummary.of(amendment, amendments.budgetChange(reference, amendment)))
            .putValue(AMENDMENT_JUSTIFICATION, amendment.justification());
    FundingTerms proposed = amendment.funding();
    if (proposed != null) {
      // Side by side in the forms: the money terms now and as the amendment would leave them.
      FundingTerms current = agreements.fundingTerms(reference);
      variables
          .putValue(BUDGET_TABLE, FundingText.budget(current.budget()))
          .putValue(PAYMENT_SCHEDULE, FundingText.schedule(current.schedule()))
          .putValue(PROPOSED_BUDGET_TABLE, FundingText.budget(proposed.budget()))
          .putValue(PROPOSED_PAYMENT_SCHEDULE, FundingText.schedule(proposed.schedule()));
    }
    if (amendment.change().trainingTerms() != null) {
      // Side by side in the forms: the training terms now and as restated.
      variables
          .putValue(TRAINING_TERMS, text(amendment.before().trainingTerms()))
          .putValue(
              PROPOSED_TRAINING_TERMS,
              TrainingTermsText.of(amendments.proposedTrainingTerms(reference, amendment)));
    }
    ProcessInstance instance =
        runtimeService
            .createMessageCorrelation(AgreementAmendmentProcess.AMENDMENT_REQUESTED)
            .processInstanceBusinessKey(reference)
            .setVariables(variables)
            .correlateStartMessage();
    amendments.attachProcess(reference, amendment.number(), instance.getId());
    agreements.recordDecision(
        reference,
        new Decision(
            AgreementAmendmentProcess.Duties.REQUEST_AMENDMENT,
            "REQUESTED",
            by,
            amendment.requestedAt(),
            instance.getId(),
            null,
            instance.getId(),
            amendment.justification()));
    grants.forAgreement(PartnerGroups.of(agreement.partnerCode()), instance.getId());
    return amendments.require(reference, amendment.number());
  }

  /** None for a training cooperation signed before it had terms. */
  private static String text(TrainingTerms terms) {
    return terms == null ? "None" : TrainingTermsText.of(terms);
  }
}
