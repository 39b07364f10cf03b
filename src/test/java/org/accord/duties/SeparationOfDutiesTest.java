package org.accord.duties;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the separation-of-duties table, tried in both orders, through every way a person can
 * be answerable for an act: acting themself, as someone's deputy, or through their deputy. The rows
 * are read from the deployed table itself, so a new row is tested as soon as it is added.
 */
class SeparationOfDutiesTest {

  private static final String DMN = "/processes/separation-of-duties.dmn";
  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision = parse();
  private final SeparationOfDuties duties =
      new SeparationOfDuties(new DutiesTable(ENGINE, () -> decision));

  /** A row of the table as written: the duty, the earlier duty it excludes, and the scope. */
  record Row(String duty, String earlierDuty, Scope scope) {}

  /** Who acts: a person, and whom they act for when they are a deputy. */
  record Actor(String person, String actingFor) {

    static Actor self(String person) {
      return new Actor(person, null);
    }

    static Actor deputy(String person, String actingFor) {
      return new Actor(person, actingFor);
    }

    List<String> people() {
      return Stream.of(person, actingFor).filter(p -> p != null).toList();
    }

    @Override
    public String toString() {
      return actingFor == null ? person : person + " for " + actingFor;
    }
  }

  /** The ways "ana" (with "ben" as her deputy, "cy" a colleague) can be answerable for an act. */
  private static final List<Actor> EARLIER = List.of(Actor.self("ana"), Actor.deputy("ben", "ana"));

  private static final List<Actor> LATER =
      List.of(
          Actor.self("ana"),
          Actor.deputy("ben", "ana"),
          Actor.self("ben"),
          Actor.deputy("ana", "cy"),
          Actor.deputy("cy", "ana"),
          Actor.deputy("cy", "ben"),
          Actor.self("cy"));

  @TestFactory
  Stream<DynamicTest> everyRowHoldsForEveryWayAPersonActs_inEitherOrder() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows()) {
      for (String[] order :
          List.of(
              new String[] {row.earlierDuty(), row.duty()},
              new String[] {row.duty(), row.earlierDuty()})) {
        for (Actor first : EARLIER) {
          for (Actor second : LATER) {
            boolean samePerson = !Collections.disjoint(first.people(), second.people());
            tests.add(
                DynamicTest.dynamicTest(
                    order[0]
                        + " by "
                        + first
                        + ", then "
                        + order[1]
                        + " by "
                        + second
                        + " is "
                        + (samePerson ? "refused" : "allowed"),
                    () ->
                        assertThat(
                                duties
                                    .breach(
                                        act(order[1], second, "case-1", "round-1"),
                                        List.of(act(order[0], first, "case-1", "round-1")))
                                    .isPresent())
                            .isEqualTo(samePerson)));
          }
        }
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aRowHoldsWithinItsScopeOnly() {
    return rows().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.duty() + " after " + row.earlierDuty() + " within " + row.scope(),
                    () -> {
                      Actor ana = Actor.self("ana");
                      Act earlier = act(row.earlierDuty(), ana, "case-1", "round-1");
                      assertThat(
                              duties
                                  .breach(
                                      act(row.duty(), ana, "case-1", "round-2"), List.of(earlier))
                                  .isPresent())
                          .isEqualTo(row.scope() != Scope.ROUND);
                      assertThat(
                              duties
                                  .breach(
                                      act(row.duty(), ana, "case-2", "round-3"), List.of(earlier))
                                  .isPresent())
                          .isEqualTo(row.scope() == Scope.AGREEMENT);
                    }));
  }

  @Test
  void theTableHasTheRulesTheAgencyRequires() {
    assertThat(rows())
        .extracting(row -> row.duty() + " x " + row.earlierDuty())
        .contains(
            "screenProposal x proposeAgreement",
            "approveAgreement x proposeAgreement",
            "approveAgreement x screenProposal",
            "approveAgreement x approveAgreement",
            "signMouAgency x proposeAgreement",
            "signMouAgency x approveAgreement",
            "reviewAmendment x requestAmendment",
            "approveAmendment x requestAmendment",
            "approveAmendment x reviewAmendment",
            "reviewProgressReport x submitProgressReport",
            "settleRevenueShare x closeSession");
  }

  @Test
  void theBreachNamesTheRuleThePersonAndWhomTheyActedFor() {
    Act signing = act(SIGN_MOU_AGENCY, Actor.deputy("officer", "signatory"), "c", "r2");
    Act proposing = act("proposeAgreement", Actor.self("officer"), "c", "r1");

    assertThat(duties.breach(signing, List.of(proposing)))
        .get()
        .extracting(SeparationOfDuties.Breach::message)
        .isEqualTo(
            "Separation of duties (initiator-signatory): officer (acting for signatory) may not do"
                + " signMouAgency after proposeAgreement. The initiator of a proposal does not"
                + " sign its MoU for the agency.");
  }

  @Test
  void dutiesTheTableDoesNotPairMayBeDoneByOnePerson() {
    Actor ana = Actor.self("ana");

    assertThat(
            duties.breach(
                act(LEGAL_REVIEW, ana, "c", "r"), List.of(act(FINANCIAL_REVIEW, ana, "c", "r"))))
        .isEmpty();
  }

  private static Act act(String duty, Actor actor, String caseId, String roundId) {
    return new Act(duty, actor.person(), actor.actingFor(), caseId, roundId);
  }

  private static List<Row> rows() {
    DmnModelInstance model = Dmn.readModelFromStream(resource());
    return model.getModelElementsByType(Rule.class).stream()
        .map(
            rule ->
                new Row(
                    unquote(rule.getInputEntries().stream().toList().get(0).getTextContent()),
                    unquote(rule.getInputEntries().stream().toList().get(1).getTextContent()),
                    Scope.valueOf(
                        unquote(
                            rule.getOutputEntries().stream().toList().get(0).getTextContent()))))
        .toList();
  }

  private static String unquote(String text) {
    return text.strip().replace("\"", "");
  }

  private static DmnDecision parse() {
    try (InputStream dmn = resource()) {
      return ENGINE.parseDecision(DutiesTable.DECISION_KEY, dmn);
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  private static InputStream resource() {
    return SeparationOfDutiesTest.class.getResourceAsStream(DMN);
  }
}
