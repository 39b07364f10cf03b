package org.accord.conceptnote.process;

import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.ACCEPTED_AS;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.AGREEMENT_REFERENCE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.AGREEMENT_TYPE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.COMMENT;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.CONCEPT_NOTE_ID;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.CONTRIBUTION;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.COUNTRIES;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.END_DATE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.ESTIMATED_BUDGET;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.EXCHANGES;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_BASELINE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_NAME;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_TARGET;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_UNIT;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.LEAD_PARTNER_CODE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.OBJECTIVE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.OUTPUT_TYPE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.PARTNER_NAME;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.PRIORITY;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.REGION;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.REPORTING_FREQUENCY;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.SOUGHT;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.START_DATE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.SUMMARY;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.TITLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementType;
import org.accord.agreement.ReportingFrequency;
import org.accord.conceptnote.ConceptNote;
import org.accord.conceptnote.ConceptNoteIntakeProcess.AcceptedAs;
import org.accord.conceptnote.ConceptNoteProperties;
import org.accord.conceptnote.ConceptNotes;
import org.accord.conceptnote.ConceptNotes.ProposalTerms;
import org.accord.partner.PartnerService;
import org.accord.results.IndicatorPlan;
import org.accord.results.ObjectivePlan;
import org.accord.results.OutputType;
import org.accord.security.CurrentUser;
import org.accord.shared.Countries;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Money;
import org.accord.shared.Violations;
import org.accord.shared.process.FormRejection;
import org.accord.shared.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The steps of {@code concept-note-intake}, named in its BPMN as {@code conceptNoteSteps}. */
@Component("conceptNoteSteps")
public class ConceptNoteSteps {

  private final ConceptNotes notes;
  private final PartnerService partners;
  private final ConceptNoteProperties properties;
  private final CurrentUser currentUser;

  ConceptNoteSteps(
      ConceptNotes notes,
      PartnerService partners,
      ConceptNoteProperties properties,
      CurrentUser currentUser) {
    this.notes = notes;
    this.partners = partners;
    this.properties = properties;
    this.currentUser = currentUser;
  }

  /** The note as the review form shows it, read-only, with the questions and answers so far. */
  public void show(DelegateExecution execution) {
    ConceptNote note = notes.require(id(execution));
    Map<String, Object> shown = new HashMap<>();
    shown.put(TITLE, note.title());
    shown.put(PARTNER_NAME, partners.require(note.partnerCode()).name());
    shown.put(PRIORITY, note.priority().name());
    shown.put(REGION, note.region().name());
    shown.put(COUNTRIES, Countries.names(note.countries()));
    shown.put(SUMMARY, note.summary());
    shown.put(ESTIMATED_BUDGET, Money.of(note.estimatedBudget(), note.currency()));
    shown.put(CONTRIBUTION, note.contribution());
    shown.put(SOUGHT, note.sought());
    shown.put(
        EXCHANGES,
        note.exchanges().stream()
            .map(
                exchange -> exchange.kind() + " (" + exchange.writtenBy() + "): " + exchange.body())
            .collect(Collectors.joining("\n\n")));
    execution.setVariables(shown);
    // The last decision and its comment are the previous round's, not this one's.
    execution.removeVariable(COMMENT);
  }

  public void ask(DelegateExecution execution) {
    notes.ask(id(execution), comment(execution), currentUser.actor());
  }

  public void unanswered(DelegateExecution execution) {
    notes.unanswered(id(execution));
  }

  public void decline(DelegateExecution execution) {
    notes.decline(id(execution), comment(execution), currentUser.actor());
  }

  /**
   * Proposes the agreement in the review task's transaction: what the officer gave is checked here,
   * and a refusal refuses the form (400) with nothing written.
   */
  public void accept(DelegateExecution execution) {
    Violations violations = new Violations();
    FormValues form = new FormValues(execution, violations);
    ProposalTerms terms =
        new ProposalTerms(
            form.enumValue(ACCEPTED_AS, AcceptedAs.class),
            form.text(LEAD_PARTNER_CODE),
            form.enumValue(AGREEMENT_TYPE, AgreementType.class),
            form.date(START_DATE),
            form.date(END_DATE),
            form.enumValue(OUTPUT_TYPE, OutputType.class),
            form.enumValue(REPORTING_FREQUENCY, ReportingFrequency.class),
            new ObjectivePlan(
                form.text(OBJECTIVE),
                List.of(),
                List.of(
                    new IndicatorPlan(
                        form.text(INDICATOR_NAME),
                        form.text(INDICATOR_UNIT),
                        form.decimal(INDICATOR_BASELINE),
                        form.decimal(INDICATOR_TARGET)))));
    try {
      violations.throwIfAny();
      Agreement proposal = notes.accept(id(execution), terms, currentUser.actor());
      execution.setVariable(AGREEMENT_REFERENCE, proposal.reference());
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }

  /** How long the member has to answer a question, as an ISO 8601 duration. */
  public String answerWithin() {
    return properties.answerWithin().toString();
  }

  private static String comment(DelegateExecution execution) {
    Object comment = execution.getVariable(COMMENT);
    return comment == null ? null : comment.toString().strip();
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(CONCEPT_NOTE_ID)).longValue();
  }
}
