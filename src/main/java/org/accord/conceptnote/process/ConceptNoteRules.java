package org.accord.conceptnote.process;

import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.ACCEPTED_AS;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.AGREEMENT_TYPE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.COMMENT;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.DECISION;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.END_DATE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_BASELINE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_NAME;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_TARGET;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.INDICATOR_UNIT;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.LEAD_PARTNER_CODE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.OBJECTIVE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.OUTPUT_TYPE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.REPORTING_FREQUENCY;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.START_DATE;

import java.util.Set;
import org.accord.conceptnote.ConceptNoteIntakeProcess;
import org.accord.conceptnote.ConceptNoteIntakeProcess.Tasks;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.ProcessAccess;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the review of a concept note completes with; the process is started by Accord's API only,
 * for the member or the officer who submits the note.
 */
@Configuration(proxyBeanMethods = false)
class ConceptNoteRules {

  @Bean
  DecisionRule conceptNoteDecisionRule() {
    return DecisionRule.of(
        Tasks.REVIEW_CONCEPT_NOTE, DECISION, ConceptNoteIntakeProcess.Decision.class, COMMENT);
  }

  @Bean
  TaskInputs conceptNoteTaskInputs() {
    return TaskInputs.none()
        .task(
            Tasks.REVIEW_CONCEPT_NOTE,
            DECISION,
            COMMENT,
            ACCEPTED_AS,
            LEAD_PARTNER_CODE,
            AGREEMENT_TYPE,
            START_DATE,
            END_DATE,
            OUTPUT_TYPE,
            REPORTING_FREQUENCY,
            OBJECTIVE,
            INDICATOR_NAME,
            INDICATOR_UNIT,
            INDICATOR_BASELINE,
            INDICATOR_TARGET);
  }

  @Bean
  ProcessAccess conceptNoteProcessAccess() {
    return new ProcessAccess(ConceptNoteIntakeProcess.KEY, Set.of(), false);
  }
}
