package org.accord.duediligence.process;

import static org.accord.duediligence.DueDiligenceProcess.Variables.SANCTIONS_MATCH;
import static org.accord.duediligence.DueDiligenceProcess.Variables.SANCTIONS_MATCH_DETAIL;

import java.util.Optional;
import org.accord.duediligence.DueDiligenceProcess;
import org.accord.duediligence.DueDiligenceService;
import org.accord.duediligence.SanctionsList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Screens the partner's name against the sanctions list; a potential match makes the risk HIGH. */
@Component
class ScreenSanctionsDelegate implements JavaDelegate {

  private final DueDiligenceService dueDiligence;

  ScreenSanctionsDelegate(DueDiligenceService dueDiligence) {
    this.dueDiligence = dueDiligence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<SanctionsList.Match> match =
        dueDiligence.screen(
            (String) execution.getVariable(DueDiligenceProcess.Variables.PARTNER_NAME));
    execution.setVariable(SANCTIONS_MATCH, match.isPresent());
    execution.setVariable(
        SANCTIONS_MATCH_DETAIL, match.map(SanctionsList.Match::describe).orElse("No match"));
  }
}
