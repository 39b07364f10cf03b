package org.accord.duediligence;

import static org.accord.duediligence.SanctionsReviewProcess.Variables.*;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.audit.AuditTrail;
import org.accord.duediligence.ConsolidatedListXml.ConsolidatedList;
import org.accord.duediligence.SanctionsReviewProcess.SanctionsDecision;
import org.accord.duediligence.persistence.SanctionsListMapper;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.security.CurrentUser;
import org.accord.security.SystemAuthority;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Screening that keeps up: the sanctions list in force (the imported UN consolidated list, else the
 * configured CSV), and re-screening of every partner with an agreement that has not ended whenever
 * the list changes and every night. A new potential match goes to compliance as a {@code
 * sanctions-review}; their decision is kept, so a match cleared once is not raised again.
 */
@Service
public class SanctionsService {

  static final String UN_CONSOLIDATED_LIST = "UN Security Council Consolidated List";
  private static final String HIGH_RISK = "HIGH";

  /** What an import replaced the list with, and how many new matches it sent to compliance. */
  public record Import(ImportedSanctionsList list, int reviewsStarted) {}

  private final SanctionsListMapper lists;
  private final SanctionsList configured;
  private final PartnerService partners;
  private final AgreementService agreements;
  private final RuntimeService runtimeService;
  private final SystemAuthority system;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final AuditTrail audit;
  private final long maxListBytes;

  SanctionsService(
      SanctionsListMapper lists,
      DueDiligenceProperties properties,
      PartnerService partners,
      AgreementService agreements,
      RuntimeService runtimeService,
      SystemAuthority system,
      CurrentUser currentUser,
      Clock clock,
      AuditTrail audit,
      @Value("${accord.sanctions.max-list-size:8MB}") DataSize maxListSize) {
    this.lists = lists;
    this.configured = SanctionsList.fromCsv(properties.sanctionsList());
    this.partners = partners;
    this.agreements = agreements;
    this.runtimeService = runtimeService;
    this.system = system;
    this.currentUser = currentUser;
    this.clock = clock;
    this.audit = audit;
    this.maxListBytes = maxListSize.toBytes();
  }

  /** The list partners are screened against: the imported one, else the configured CSV. */
  public SanctionsList current() {
    return lists.current().isPresent() ? SanctionsList.of(lists.entries()) : configured;
  }

  public Optional<ImportedSanctionsList> imported() {
    return lists.current();
  }

  /**
   * Replaces the list with an upload of the UN consolidated list and re-screens against it, in one
   * transaction: a file that is not such a list changes nothing.
   */
  @Transactional
  public Import importList(InputStream xml, String importedBy) {
    ConsolidatedList list = ConsolidatedListXml.read(xml, maxListBytes);
    lists.lockLists();
    Optional<ImportedSanctionsList> replaced = lists.current();
    lists.deleteLists();
    long id = lists.insertList(UN_CONSOLIDATED_LIST, list.generatedAt(), importedBy, now());
    list.entries().forEach(entry -> lists.insertEntry(id, entry));
    int started = rescreen();
    ImportedSanctionsList imported = lists.current().orElseThrow();
    audit.recordAs(
        importedBy,
        "SANCTIONS_LIST",
        UN_CONSOLIDATED_LIST,
        null,
        "IMPORTED",
        replaced.orElse(null),
        imported);
    return new Import(imported, started);
  }

  /**
   * Screens every partner with an agreement that has not ended against the current list; each
   * potential match not yet reviewed for that partner starts a {@code sanctions-review}.
   *
   * @return how many reviews it started
   */
  @Transactional
  public int rescreen() {
    SanctionsList list = current();
    int started = 0;
    for (String partnerCode : agreements.partnersWithOpenAgreements()) {
      Partner partner = partners.require(partnerCode);
      for (SanctionsList.Match match : list.matches(partner.name())) {
        // The unique key decides, also between two nodes re-screening at the same time.
        if (lists.insertReview(partnerCode, match.entry().reference(), now()) == 1) {
          startReview(partner, match);
          started++;
        }
      }
    }
    return started;
  }

  /**
   * The partner is the listed one, the reviewer decided: its agreements are suspended, its due
   * diligence no longer counts for a new agreement, and its risk is HIGH.
   */
  @Transactional
  public void confirmMatch(String partnerCode, String referenceNumber) {
    String decidedBy = currentUser.id();
    agreements.openAgreements(partnerCode).stream()
        .filter(agreement -> agreement.status() != AgreementStatus.SUSPENDED)
        .filter(agreement -> agreement.processInstanceId() != null)
        // Accord acts here, not the reviewer's engine permissions: compliance suspends nothing
        // through engine-rest.
        .forEach(
            agreement ->
                system.onBehalfOf(
                    decidedBy, () -> agreements.suspend(agreement.reference(), decidedBy)));
    partners.recordDueDiligence(partnerCode, DueDiligenceProcess.FAILED, HIGH_RISK, null);
    lists.decideReview(
        partnerCode, referenceNumber, SanctionsDecision.CONFIRMED_MATCH.name(), now(), decidedBy);
  }

  /** The partner is not the listed one, the reviewer decided: the pair is not raised again. */
  @Transactional
  public void clearMatch(String partnerCode, String referenceNumber) {
    lists.decideReview(
        partnerCode,
        referenceNumber,
        SanctionsDecision.FALSE_POSITIVE.name(),
        now(),
        currentUser.id());
  }

  private void startReview(Partner partner, SanctionsList.Match match) {
    SanctionsList.Entry entry = match.entry();
    String processInstanceId =
        runtimeService
            .startProcessInstanceByKey(
                SanctionsReviewProcess.KEY,
                partner.code(),
                Map.of(
                    PARTNER_CODE,
                    partner.code(),
                    PARTNER_NAME,
                    partner.name(),
                    MATCHED_NAME,
                    match.matchedName(),
                    LIST_ENTRY_NAME,
                    entry.name(),
                    LIST_ENTRY_REFERENCE,
                    entry.reference(),
                    LIST_TYPE,
                    entry.listName(),
                    LISTED_ON,
                    entry.listedOn() == null ? "" : entry.listedOn().toString(),
                    OPEN_AGREEMENTS,
                    describe(agreements.openAgreements(partner.code()))))
            .getId();
    lists.attachReviewProcess(partner.code(), entry.reference(), processInstanceId);
  }

  private static String describe(List<Agreement> open) {
    return open.stream()
        .map(a -> "%s %s (%s)".formatted(a.reference(), a.title(), a.status()))
        .collect(Collectors.joining("\n"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
