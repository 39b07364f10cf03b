package org.accord.funds;

import static org.accord.funds.FundsCollectionProcess.Variables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementActivated;
import org.accord.agreement.AgreementEnded;
import org.accord.agreement.AgreementService;
import org.accord.agreement.FundingAmended;
import org.accord.budget.FundingTerms;
import org.accord.budget.Instalment;
import org.accord.currency.CurrencyService;
import org.accord.document.CallForFunds;
import org.accord.document.CallForFundsDocuments;
import org.accord.funds.persistence.FundsMapper;
import org.accord.notification.Amount;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.security.SystemAuthority;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collection of each instalment: started when the agreement becomes active, called when the
 * instalment falls due (the call for funds written, kept and sent to the donor).
 */
@Service
public class FundsCollections {

  private static final Logger log = LoggerFactory.getLogger(FundsCollections.class);

  // A call for funds holds its instance for well under a second; ten tries outlast it.
  private static final int STOP_ATTEMPTS = 10;

  // The agreements one sweep stops at the most; the next sweep takes the rest.
  private static final int SWEEP_BATCH = 100;

  private final AgreementService agreements;
  private final PartnerService partners;
  private final FundsMapper funds;
  private final CurrencyService currencies;
  private final CallForFundsDocuments documents;
  private final NotificationService notifications;
  private final Audience audience;
  private final FundsProperties properties;
  private final RuntimeService runtimeService;
  private final SystemAuthority system;
  private final PlatformTransactionManager transactions;
  private final Receipts receipts;
  private final Clock clock;

  FundsCollections(
      AgreementService agreements,
      PartnerService partners,
      FundsMapper funds,
      CurrencyService currencies,
      CallForFundsDocuments documents,
      NotificationService notifications,
      Audience audience,
      FundsProperties properties,
      RuntimeService runtimeService,
      SystemAuthority system,
      PlatformTransactionManager transactions,
      Receipts receipts,
      Clock clock) {
    this.agreements = agreements;
    this.partners = partners;
    this.funds = funds;
    this.currencies = currencies;
    this.documents = documents;
    this.notifications = notifications;
    this.audience = audience;
    this.properties = properties;
    this.runtimeService = runtimeService;
    this.system = system;
    this.transactions = transactions;
    this.receipts = receipts;
    this.clock = clock;
  }

  /**
   * One funds-collection instance per instalment, each expected to be worth its USD value at
   * today's rate: the commitment the donor signed.
   */
  @EventListener
  @Transactional
  public void startCollections(AgreementActivated activated) {
    Agreement agreement = activated.agreement();
    Partner partner = partners.require(agreement.partnerCode());
    List<Instalment> schedule = agreements.fundingTerms(agreement.reference()).schedule();
    LocalDate today = LocalDate.now(clock);
    for (Instalment instalment : schedule) {
      funds.insertCollection(
          agreement.id(),
          instalment.number(),
          instalment.amount(),
          instalment.currency(),
          currencies.toUsd(instalment.amount(), instalment.currency(), today),
          today);
      collect(agreement, partner, instalment, schedule.size());
    }
  }

  /**
   * The call for funds of a fallen-due instalment: written and kept with its SHA-256, sent to the
   * donor, and the instalment CALLED. Called again (a retried step), it finds the call made.
   */
  @Transactional
  public Collection call(String reference, int number) {
    Agreement agreement = agreements.require(reference);
    Collection collection = require(agreement, number);
    if (collection.calledOn() != null) {
      return collection;
    }
    List<Instalment> schedule = agreements.fundingTerms(reference).schedule();
    Instalment instalment = numbered(schedule, number, reference);
    LocalDate today = LocalDate.now(clock);
    FundsProperties.BankAccount bank = properties.bank();
    CallForFunds call =
        new CallForFunds(
            instalment,
            schedule.size(),
            today,
            today.plus(properties.paymentTerms()),
            reference + "/" + number,
            bank.name(),
            bank.accountName(),
            bank.iban(),
            bank.swift());
    CallForFundsDocuments.Issued issued = documents.issue(agreement, call);
    funds.recordCall(agreement.id(), number, call.calledOn(), call.payBy(), issued.document().id());
    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    model.put("title", agreement.title());
    model.put("instalment", number);
    model.put("instalments", schedule.size());
    model.put("amount", new Amount(instalment.amount(), instalment.currency()));
    model.put("payBy", call.payBy());
    model.put("paymentReference", call.paymentReference());
    notifications.queue(
        new Message(
            "funds-called:" + reference + ":" + number,
            "funds-called",
            reference,
            audience.ofGroups(List.of(Partner.donorGroupOf(agreement.partnerCode()))),
            model,
            new Message.Attachment(
                issued.document().fileName(), "application/pdf", issued.content())));
    return require(agreement, number);
  }

  /**
   * An approved amendment changed the payment schedule (in the amending transaction): the
   * collection of an instalment it removed ends and the instalment is CANCELLED; that of an
   * instalment it restated ends and starts again with the new terms; an instalment it added is
   * collected from now on, an ON_SIGNATURE one called at once. Instalments called or received were
   * checked to be kept as they were.
   */
  @EventListener
  @Transactional
  public void followSchedule(FundingAmended amended) {
    Agreement agreement = amended.agreement();
    FundingTerms before = amended.before();
    FundingTerms after = amended.after();
    LocalDate today = LocalDate.now(clock);
    for (Instalment was : before.schedule()) {
      Optional<Instalment> now = after.instalment(was.number());
      if (now.isPresent() && now.get().sameAs(was)) {
        continue;
      }
      endCollection(agreement.reference(), was.number());
      if (now.isEmpty()) {
        funds.cancel(agreement.id(), was.number(), today);
      }
    }
    Partner partner = partners.require(agreement.partnerCode());
    List<Instalment> schedule = after.schedule();
    for (Instalment instalment : schedule) {
      Optional<Instalment> was = before.instalment(instalment.number());
      if (was.isPresent() && was.get().sameAs(instalment)) {
        if (before.schedule().size() != schedule.size()) {
          // "Instalment 1 of 3" reads "of 2" now.
          runningCollections(agreement.reference(), instalment.number())
              .forEach(
                  id ->
                      runtimeService.setVariables(
                          id,
                          Map.of(
                              INSTALMENT,
                              describe(instalment, schedule.size()),
                              INSTALMENTS,
                              schedule.size())));
        }
        continue;
      }
      funds.restateCollection(
          agreement.id(),
          instalment.number(),
          instalment.amount(),
          instalment.currency(),
          currencies.toUsd(instalment.amount(), instalment.currency(), today),
          today);
      collect(agreement, partner, instalment, schedule.size());
    }
  }

  /** The instalment's own funds-collection instance, "instalment k of N". */
  private void collect(Agreement agreement, Partner partner, Instalment instalment, int count) {
    Map<String, Object> variables = variables(agreement, partner, instalment, count);
    system.run(
        () ->
            runtimeService.startProcessInstanceByKey(
                FundsCollectionProcess.KEY, agreement.reference(), variables));
  }

  private void endCollection(String reference, int number) {
    system.run(
        () ->
            runtimeService
                .createMessageCorrelation(FundsCollectionProcess.Messages.INSTALMENT_AMENDED)
                .processInstanceBusinessKey(reference)
                .processInstanceVariableEquals(INSTALMENT_NUMBER, number)
                .correlateAllWithResult());
  }

  private List<String> runningCollections(String reference, int number) {
    return system.run(
        () ->
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(FundsCollectionProcess.KEY)
                .processInstanceBusinessKey(reference)
                .variableValueEquals(INSTALMENT_NUMBER, number)
                .listPage(0, EngineQueries.MAX_RESULTS)
                .stream()
                .map(ProcessInstance::getId)
                .toList());
  }

  /**
   * A receipt recorded through the API, and finance's task for its instalment moved on (to wait for
   * the rest, or to end with the instalment received), in one transaction. The receipt locks its
   * instalment until the commit, so a second clerk's receipt for the same instalment waits until
   * the first one's process has moved: the two never conflict on the process instance, and a clerk
   * is never told 409 about a receipt that was kept.
   */
  @Transactional
  public Receipt recordReceipt(String reference, ReceiptRequest request, String recordedBy) {
    Receipt recorded = receipts.record(reference, request, recordedBy);
    runtimeService
        .createMessageCorrelation(FundsCollectionProcess.Messages.RECEIPT_RECORDED)
        .processInstanceBusinessKey(reference)
        .processInstanceVariableEquals(INSTALMENT_NUMBER, recorded.instalment())
        .correlateAllWithResult();
    return recorded;
  }

  /**
   * A receipt reversed, and the collection of its instalment resumed if it had ended, in one
   * transaction: the reversal locks the instalment, so two reversals at once resume it once.
   */
  @Transactional
  public Receipt reverseReceipt(String reference, long id, String reason, String reversedBy) {
    Receipt reversed = receipts.reverse(reference, id, reason, reversedBy);
    resume(reference, reversed.instalment());
    return reversed;
  }

  /**
   * After a reversal, an instalment whose collection had ended is owed again: finance's task comes
   * back, and the reminder and escalation with it.
   */
  @Transactional
  public void resume(String reference, int number) {
    Agreement agreement = agreements.require(reference);
    Collection collection = require(agreement, number);
    boolean running =
        runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(FundsCollectionProcess.KEY)
                .processInstanceBusinessKey(reference)
                .variableValueEquals(INSTALMENT_NUMBER, number)
                .count()
            > 0;
    if (running || collection.calledOn() == null || collection.outstanding().signum() == 0) {
      return;
    }
    List<Instalment> schedule = agreements.fundingTerms(reference).schedule();
    Map<String, Object> variables =
        variables(
            agreement,
            partners.require(agreement.partnerCode()),
            numbered(schedule, number, reference),
            schedule.size());
    system.run(
        () ->
            runtimeService
                .createProcessInstanceByKey(FundsCollectionProcess.KEY)
                .businessKey(reference)
                .setVariables(variables)
                .startBeforeActivity("Collect")
                .execute());
  }

  private static Instalment numbered(List<Instalment> schedule, int number, String reference) {
    return schedule.stream()
        .filter(instalment -> instalment.number() == number)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException(reference + " has no instalment " + number + " scheduled"));
  }

  private static Map<String, Object> variables(
      Agreement agreement, Partner partner, Instalment instalment, int instalments) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(AGREEMENT_REFERENCE, agreement.reference());
    variables.put(TITLE, agreement.title());
    variables.put(PARTNER_NAME, partner.name());
    variables.put(INSTALMENT_NUMBER, instalment.number());
    variables.put(INSTALMENT_TRIGGER, instalment.trigger().name());
    variables.put(INSTALMENT, describe(instalment, instalments));
    variables.put(INSTALMENTS, instalments);
    variables.put(INSTALMENT_AMOUNT, instalment.amount().toPlainString());
    variables.put(INSTALMENT_CURRENCY, instalment.currency());
    if (instalment.dueDate() != null) {
      variables.put(INSTALMENT_DUE_DATE, instalment.dueDate().atStartOfDay().toString());
    }
    if (instalment.reportNumber() != null) {
      variables.put(REPORT_NUMBER, instalment.reportNumber());
    }
    return variables;
  }

  /**
   * The agreement ended: each instalment's collection stops, what is still owed is cancelled. Once
   * the ending is committed, in a transaction of its own: a call for funds running at that moment
   * must not make the manager's termination fail, so a conflict with it is tried again. Should it
   * still conflict, {@link #stopEndedCollections()} stops them on its next sweep.
   */
  @TransactionalEventListener(fallbackExecution = true)
  public void stopCollections(AgreementEnded ended) {
    stop(ended.agreement().reference());
  }

  /**
   * The sweep behind {@link #stopCollections}: every agreement closed or terminated whose
   * collections still run (a stop that gave up, a node that died between the ending and the stop)
   * has them stopped, what is still owed cancelled. Idempotent, and safe on every node at once: two
   * nodes stopping one instance conflict, and the loser finds it stopped on its next sweep.
   *
   * @return the agreements whose collections were stopped
   */
  public List<String> stopEndedCollections() {
    List<String> stopped = new ArrayList<>();
    for (String reference : funds.findEndedStillCollected(SWEEP_BATCH)) {
      if (stop(reference)) {
        stopped.add(reference);
      }
    }
    return stopped;
  }

  /**
   * Tells each collection of the agreement that it ended, in a transaction of its own, and cancels
   * directly what is owed on instalments no collection runs for any more. False if a concurrent
   * call for funds kept it from stopping.
   */
  private boolean stop(String reference) {
    TransactionTemplate separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    for (int attempt = 1; ; attempt++) {
      try {
        separately.executeWithoutResult(
            status ->
                system.run(
                    () -> {
                      runtimeService
                          .createMessageCorrelation(FundsCollectionProcess.Messages.AGREEMENT_ENDED)
                          .processInstanceBusinessKey(reference)
                          .correlateAllWithResult();
                      funds.cancelAll(agreements.require(reference).id(), LocalDate.now(clock));
                      return null;
                    }));
        return true;
      } catch (OptimisticLockingException concurrentCall) {
        if (attempt == STOP_ATTEMPTS) {
          log.warn(
              "The collections of {} did not stop after {} attempts; the next sweep stops them",
              reference,
              STOP_ATTEMPTS,
              concurrentCall);
          return false;
        }
      }
    }
  }

  /** An instalment not received in full when its agreement ended: CANCELLED. */
  @Transactional
  public void cancel(String reference, int number) {
    funds.cancel(agreements.require(reference).id(), number, LocalDate.now(clock));
  }

  /** Whether anything is still owed on the instalment: it is neither received nor cancelled. */
  public boolean isOutstanding(String reference, int number) {
    Collection collection = require(agreements.require(reference), number);
    return collection.cancelledOn() == null && collection.outstanding().signum() > 0;
  }

  public Collection collection(String reference, int number) {
    return require(agreements.require(reference), number);
  }

  public List<Collection> collections(String reference) {
    return funds.findByAgreement(agreements.require(reference).id());
  }

  private Collection require(Agreement agreement, int number) {
    return funds
        .find(agreement.id(), number)
        .orElseThrow(
            () ->
                new NotFoundException(
                    agreement.reference() + " has no instalment " + number + " being collected"));
  }

  /** "Instalment 2 of 3: USD 17,334.00, on 2027-07-01". */
  static String describe(Instalment instalment, int instalments) {
    return "Instalment "
        + instalment.number()
        + " of "
        + instalments
        + ": "
        + Money.of(instalment.amount(), instalment.currency())
        + ", "
        + instalment.when().toLowerCase(Locale.ENGLISH);
  }
}
