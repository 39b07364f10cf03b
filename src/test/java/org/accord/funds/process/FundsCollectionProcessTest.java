package org.accord.funds.process;

import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.accord.agreement.AgreementService;
import org.accord.funds.FundsCollectionProcess;
import org.accord.notification.Audience;
import org.accord.notification.NotificationService;
import org.accord.notification.process.NotificationDelegates;
import org.accord.shared.Language;
import org.accord.shared.Translated;
import org.accord.testing.ProcessTests;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of funds-collection: each trigger, the call, receipts, the timers. */
@Deployment(resources = "processes/funds-collection.bpmn")
class FundsCollectionProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private static final Date PAY_BY = Date.from(Instant.parse("2027-01-05T00:00:00Z"));

  private final NotificationService notifications = mock(NotificationService.class);
  private final Audience audience = mock(Audience.class);
  private final FundsSteps steps = mock(FundsSteps.class);

  @BeforeEach
  void wireDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    when(audience.ofGroups(any())).thenReturn(Set.of("someone@accord.example"));
    NotificationDelegates.register(notifications, audience, mock(AgreementService.class));
    when(steps.payBy(any())).thenReturn(PAY_BY);
    when(steps.reminderAfter()).thenReturn("P30D");
    when(steps.escalationAfter()).thenReturn("P60D");
    Mocks.register("fundsSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void anInstalmentDueOnSignature_isCalledAtOnce_andFinanceRecordsItsReceipt() {
    when(steps.outstanding(any())).thenReturn(true, false);
    ProcessInstance instance = start(Map.of("instalmentTrigger", "ON_SIGNATURE"));

    assertThat(instance).isWaitingAt("CallForFunds");
    execute(job("CallForFunds", instance));

    verify(steps).call(any());
    assertThat(instance).isWaitingAt(RECORD_RECEIPT);
    assertThat(task(instance)).hasCandidateGroup("finance");
    Assertions.assertThat(task(instance).getDueDate()).isEqualTo(PAY_BY);
    complete(task(instance), receipt("21400.00"));
    assertThat(instance).isEnded().hasPassed("CollectEnded", "InstalmentReceived");
  }

  @Test
  void aPartReceived_asksFinanceForTheRest() {
    when(steps.outstanding(any())).thenReturn(true, true, false);
    ProcessInstance instance = called(Map.of("instalmentTrigger", "ON_SIGNATURE"));

    complete(task(instance), receipt("10000.00"));

    assertThat(instance).isWaitingAt(RECORD_RECEIPT);
    complete(task(instance), receipt("11400.00"));
    assertThat(instance).isEnded();
  }

  @Test
  void aReceiptRecordedThroughTheApi_movesFinancesTaskOn() {
    when(steps.outstanding(any())).thenReturn(true, false);
    ProcessInstance instance = called(Map.of("instalmentTrigger", "ON_SIGNATURE"));

    runtimeService()
        .createMessageCorrelation(FundsCollectionProcess.Messages.RECEIPT_RECORDED)
        .processInstanceId(instance.getId())
        .correlate();

    assertThat(instance).isEnded().hasPassed("ReceiptRecorded");
  }

  @Test
  void anInstalmentDueOnADate_waitsForItsDate() {
    when(steps.outstanding(any())).thenReturn(true, false);
    ProcessInstance instance =
        start(Map.of("instalmentTrigger", "ON_DATE", "instalmentDueDate", "2027-07-01T00:00"));

    assertThat(instance).isWaitingAt("DueDateReached");
    Assertions.assertThat(job("DueDateReached", instance).getDuedate())
        .isEqualTo(java.sql.Timestamp.valueOf("2027-07-01 00:00:00"));
    verify(steps, never()).call(any());
    execute(job("DueDateReached", instance));

    assertThat(instance).isWaitingAt("CallForFunds");
  }

  @Test
  void anInstalmentDueOnAReport_waitsForTheReportsAcceptance() {
    when(steps.outstanding(any())).thenReturn(true, false);
    ProcessInstance instance =
        start(Map.of("instalmentTrigger", "ON_REPORT_ACCEPTED", "reportNumber", 2));

    assertThat(instance).isWaitingAt("ReportAccepted");
    runtimeService()
        .createMessageCorrelation(FundsCollectionProcess.Messages.REPORT_ACCEPTED)
        .processInstanceVariableEquals("reportNumber", 2)
        .correlate();

    assertThat(instance).isWaitingAt("CallForFunds");
  }

  @Test
  void anInstalmentPaidBeforeItFallsDue_isNeverCalled() {
    when(steps.outstanding(any())).thenReturn(false);

    ProcessInstance instance = start(Map.of("instalmentTrigger", "ON_SIGNATURE"));

    assertThat(instance).isEnded().hasPassed("PaidBeforeCall");
    verify(steps, never()).call(any());
  }

  @Test
  void unpaid_theDonorIsReminded_thenFinanceAndManagersAreTold_andTheCollectionGoesOn() {
    when(steps.outstanding(any())).thenReturn(true);
    ProcessInstance instance =
        called(
            Map.of(
                "instalmentTrigger", "ON_SIGNATURE",
                "instalments", 3,
                "instalmentAmount", "21400.00",
                "instalmentCurrency", "EUR"));

    execute(job("PaymentReminder", instance));
    // The instalment worded in each reader's language, not the English text of the variable.
    verify(notifications)
        .queue(
            argThat(
                message ->
                    message.template().equals("funds-reminder")
                        && message.model().get("instalment") instanceof Translated instalment
                        && instalment
                            .in(Language.ES)
                            .equals("Tramo 1 de 3: 21.400,00 EUR, a la firma del Memorando")));
    execute(job("PaymentOverdue", instance));
    verify(notifications).queue(argThat(message -> message.template().equals("funds-overdue")));

    assertThat(instance)
        .hasPassed("DonorReminded", "FinanceAndManagersTold")
        .isWaitingAt(RECORD_RECEIPT);
  }

  @Test
  void theAgreementEnding_stopsTheCollection_andCancelsWhatIsOwed() {
    when(steps.outstanding(any())).thenReturn(true);
    ProcessInstance instance = called(Map.of("instalmentTrigger", "ON_SIGNATURE"));

    runtimeService()
        .createMessageCorrelation(FundsCollectionProcess.Messages.AGREEMENT_ENDED)
        .processInstanceBusinessKey("PA-2026-0042")
        .correlateAll();

    assertThat(instance).isEnded().hasPassed("CollectionStopped");
    verify(steps).cancel(any());
  }

  @Test
  void anAmendmentRestatingOrRemovingTheInstalmentBeforeItsCall_endsItsCollection() {
    ProcessInstance instance =
        start(Map.of("instalmentTrigger", "ON_DATE", "instalmentDueDate", "2027-07-01T00:00"));

    runtimeService()
        .createMessageCorrelation(FundsCollectionProcess.Messages.INSTALMENT_AMENDED)
        .processInstanceBusinessKey("PA-2026-0042")
        .processInstanceVariableEquals("instalmentNumber", 1)
        .correlateAll();

    assertThat(instance).isEnded().hasPassed("CollectionReplaced");
    verify(steps, never()).call(any());
    verify(steps, never()).cancel(any());
  }

  private ProcessInstance called(Map<String, Object> trigger) {
    ProcessInstance instance = start(trigger);
    execute(job("CallForFunds", instance));
    return instance;
  }

  private static ProcessInstance start(Map<String, Object> trigger) {
    Map<String, Object> variables = new java.util.HashMap<>(trigger);
    variables.put("agreementReference", "PA-2026-0042");
    variables.put("instalmentNumber", 1);
    variables.put("instalment", "Instalment 1 of 3: EUR 21,400.00, on signature");
    return runtimeService()
        .startProcessInstanceByKey(FundsCollectionProcess.KEY, "PA-2026-0042", variables);
  }

  private static Map<String, Object> receipt(String amount) {
    return withVariables(
        "receiptAmount",
        amount,
        "receiptCurrency",
        "EUR",
        "valueDate",
        "2026-12-06",
        "bankReference",
        "BR-" + amount);
  }
}
