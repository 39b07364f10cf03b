package org.accord.agreement.process;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.*;

import java.util.List;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Proposal;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.agreement.Revision;
import org.accord.budget.FundingTerms;
import org.accord.budget.FundingText;
import org.accord.budget.ProposedFunding;
import org.accord.partner.Partner;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.ObjectivePlan;
import org.accord.results.OutputType;
import org.accord.shared.Countries;
import org.accord.shared.Violations;
import org.accord.shared.process.FormValues;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Translates between the agreement and the process variables its Tasklist forms bind to. */
final class ProposalVariables {

  private ProposalVariables() {}

  /** The proposal as the Tasklist start form submitted it, with its first objective. */
  static Proposal proposalFrom(VariableScope scope, Violations violations) {
    FormValues form = new FormValues(scope, violations);
    String outputs = form.text(ACTIVITY_OUTPUTS);
    ObjectivePlan objective =
        new ObjectivePlan(
            form.text(OBJECTIVE),
            List.of(
                new ActivityPlan(
                    form.text(ACTIVITY_DESCRIPTION),
                    form.text(ACTIVITY_TIME_FRAME),
                    form.text(ACTIVITY_RESPONSIBLE),
                    outputs == null
                        ? List.of()
                        : outputs
                            .strip()
                            .lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .toList())),
            List.of(
                new IndicatorPlan(
                    form.text(INDICATOR_NAME),
                    form.text(INDICATOR_UNIT),
                    form.decimal(INDICATOR_BASELINE),
                    form.decimal(INDICATOR_TARGET))));
    ProposedFunding funding = StartFormFunding.from(form);
    return new Proposal(
        form.text(TITLE),
        form.text(PARTNER_CODE),
        form.enumValue(AGREEMENT_TYPE, AgreementType.class),
        form.enumValue(PRIORITY, Priority.class),
        form.enumValue(REGION, Region.class),
        form.list(BENEFICIARY_COUNTRIES),
        form.text(AMOUNT),
        form.text(CURRENCY),
        form.date(START_DATE),
        form.date(END_DATE),
        form.enumValue(REPORTING_FREQUENCY, ReportingFrequency.class),
        form.enumList(OUTPUT_TYPES, OutputType.class),
        List.of(objective),
        funding.budget(),
        funding.programmeSupportRate(),
        funding.schedule(),
        form.text(INITIATIVE),
        form.text(LANGUAGE),
        form.text(SECOND_LANGUAGE),
        form.text(BILINGUAL_LAYOUT),
        null,
        null,
        null);
  }

  static Revision revisionFrom(VariableScope scope, Violations violations) {
    FormValues form = new FormValues(scope, violations);
    return new Revision(
        form.text(TITLE),
        form.text(AMOUNT),
        form.text(CURRENCY),
        form.date(START_DATE),
        form.date(END_DATE),
        form.list(BENEFICIARY_COUNTRIES),
        form.enumValue(AGREEMENT_TYPE, AgreementType.class),
        form.enumValue(PRIORITY, Priority.class),
        form.enumValue(REGION, Region.class),
        form.enumValue(REPORTING_FREQUENCY, ReportingFrequency.class));
  }

  /** The read-only copy of the agreement that reviewers see in their forms. */
  static VariableMap of(
      Agreement agreement,
      Partner partner,
      List<Partner> coPartners,
      List<ObjectivePlan> results,
      FundingTerms funding,
      String donorProfile) {
    return Variables.createVariables()
        .putValue(RESULTS_FRAMEWORK, describe(results))
        .putValue(BUDGET_TABLE, FundingText.budget(funding.budget()))
        .putValue(PAYMENT_SCHEDULE, FundingText.schedule(funding.schedule()))
        .putValue(DONOR_PROFILE, donorProfile)
        .putValue(AGREEMENT_REFERENCE, agreement.reference())
        .putValue(TITLE, agreement.title())
        .putValue(PARTNER_CODE, partner.code())
        .putValue(PARTNER_NAME, partner.name())
        .putValue(PARTNER_TYPE, partner.type().name())
        .putValue(DONOR_GROUP, partner.donorGroup())
        .putValue(
            CO_PARTNER_NAMES,
            coPartners.stream()
                .map(coPartner -> coPartner.name() + " (" + coPartner.code() + ")")
                .collect(Collectors.joining(", ")))
        .putValue(CONTRIBUTION, agreement.contribution())
        .putValue(SOUGHT, agreement.sought())
        .putValue(AGREEMENT_TYPE, agreement.type().name())
        .putValue(PRIORITY, agreement.priority().name())
        .putValue(REGION, agreement.region().name())
        .putValue(BENEFICIARY_COUNTRIES, String.join(", ", agreement.beneficiaryCountries()))
        .putValue(BENEFICIARY_COUNTRY_NAMES, Countries.names(agreement.beneficiaryCountries()))
        .putValue(OUTPUT_TYPES, String.join(", ", agreement.outputTypes()))
        .putValue(
            OUTPUT_TYPE_NAMES,
            agreement.outputTypes().stream()
                .map(type -> OutputType.valueOf(type).label())
                .collect(Collectors.joining(", ")))
        .putValue(AMOUNT, agreement.amount().toPlainString())
        .putValue(CURRENCY, agreement.currency())
        .putValue(AMOUNT_USD, agreement.amountUsd().toPlainString())
        .putValue(START_DATE, agreement.startDate().toString())
        .putValue(END_DATE, agreement.endDate().toString())
        .putValue(REPORTING_FREQUENCY, agreement.reportingFrequency().name())
        .putValue(LANGUAGE, agreement.language().code())
        .putValue(
            SECOND_LANGUAGE,
            agreement.secondLanguage() == null ? null : agreement.secondLanguage().code())
        .putValue(
            BILINGUAL_LAYOUT,
            agreement.bilingualLayout() == null ? null : agreement.bilingualLayout().name());
  }

  /** The results framework as the forms show it: one objective after another, as a workplan. */
  static String describe(List<ObjectivePlan> results) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      ObjectivePlan objective = results.get(i);
      text.append(i + 1).append(". ").append(objective.objective()).append('\n');
      for (ActivityPlan activity : objective.activities()) {
        text.append("   Activity: ")
            .append(activity.description())
            .append(" (")
            .append(activity.timeFrame())
            .append("; ")
            .append(activity.responsible())
            .append(')');
        if (!activity.outputs().isEmpty()) {
          text.append(" -> ").append(String.join(", ", activity.outputs()));
        }
        text.append('\n');
      }
      for (int n = 0; n < objective.indicators().size(); n++) {
        IndicatorPlan indicator = objective.indicators().get(n);
        text.append("   Indicator ")
            .append(IndicatorPlan.code(i, n))
            .append(": ")
            .append(indicator.name());
        if (indicator.isQualitative()) {
          text.append(", target: ").append(indicator.targetDescription());
        } else {
          text.append(", baseline ")
              .append(indicator.baseline().stripTrailingZeros().toPlainString())
              .append(", target ")
              .append(indicator.target().stripTrailingZeros().toPlainString())
              .append(' ')
              .append(indicator.unit());
        }
        text.append('\n');
      }
    }
    return text.toString().stripTrailing();
  }
}
