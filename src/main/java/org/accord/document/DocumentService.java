package org.accord.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementAmended;
import org.accord.agreement.AgreementService;
import org.accord.document.MouDocument.Signatures;
import org.accord.document.persistence.DocumentMapper;
import org.accord.document.persistence.DocumentMapper.NewDocument;
import org.accord.document.seal.PadesSeal;
import org.accord.document.seal.Verification;
import org.accord.duediligence.DueDiligenceCompleted;
import org.accord.partner.PartnerService;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.ProgressReportService;
import org.accord.reporting.ProgressService;
import org.accord.reporting.ReportAccepted;
import org.accord.reporting.ReportingProperties;
import org.accord.reporting.ReportingSchedule;
import org.accord.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of an agreement: generated once per version (a retried step finds the version there
 * and adds none), stored with their SHA-256, served as they were stored.
 */
@Service
public class DocumentService {

  private final AgreementService agreements;
  private final PartnerService partners;
  private final ReportingProperties reporting;
  private final MouDocument mou;
  private final PadesSeal seal;
  private final ProgressReportDocument progressReport;
  private final DueDiligenceSummaryDocument dueDiligenceSummary;
  private final ProgressReportService progressReports;
  private final ProgressService progress;
  private final DocumentMapper documents;
  private final Clock clock;

  DocumentService(
      AgreementService agreements,
      PartnerService partners,
      ReportingProperties reporting,
      MouDocument mou,
      PadesSeal seal,
      ProgressReportDocument progressReport,
      DueDiligenceSummaryDocument dueDiligenceSummary,
      ProgressReportService progressReports,
      ProgressService progress,
      DocumentMapper documents,
      Clock clock) {
    this.agreements = agreements;
    this.partners = partners;
    this.reporting = reporting;
    this.mou = mou;
    this.seal = seal;
    this.progressReport = progressReport;
    this.dueDiligenceSummary = dueDiligenceSummary;
    this.progressReports = progressReports;
    this.progress = progress;
    this.documents = documents;
    this.clock = clock;
  }

  /** The MoU of the agreement's current version, generated if it is not there yet. */
  @Transactional
  public StoredDocument prepareMou(String reference) {
    Agreement agreement = agreements.require(reference);
    return stored(
        agreement,
        DocumentKind.MOU,
        agreement.mouVersion(),
        reference + "-MoU-v" + agreement.mouVersion() + ".pdf",
        () -> mou.render(contents(agreement, null)));
  }

  /**
   * The MoU as both parties signed it: their signatories' names and times, sealed with the agency's
   * PAdES signature. Once per MoU version.
   */
  @Transactional
  public StoredDocument sealMou(String reference, Signatures signatures) {
    Agreement agreement = agreements.require(reference);
    return stored(
        agreement,
        DocumentKind.SIGNED_MOU,
        agreement.mouVersion(),
        reference + "-MoU-v" + agreement.mouVersion() + "-signed.pdf",
        () ->
            seal.seal(
                mou.render(contents(agreement, signatures)),
                "Memorandum of Understanding signed by both parties",
                GregorianCalendar.from(ZonedDateTime.now(clock))));
  }

  /** Whether the stored bytes are those hashed when stored, and their seal, if any, holds. */
  public Verification verify(StoredDocument document) {
    byte[] content = content(document);
    return seal.verify(content, sha256(content).equals(document.sha256()));
  }

  /** The summary of the partner's due diligence for this agreement, once it has an outcome. */
  @EventListener
  @Transactional
  public void dueDiligenceCompleted(DueDiligenceCompleted completed) {
    Agreement agreement = agreements.require(completed.agreementReference());
    stored(
        agreement,
        DocumentKind.DUE_DILIGENCE_SUMMARY,
        1,
        agreement.reference() + "-due-diligence.pdf",
        () ->
            dueDiligenceSummary.render(
                agreement,
                partners.require(completed.partnerCode()),
                completed,
                agreements.decisions(agreement.reference())));
  }

  /** The accepted report of a period, as the donor receives it; its version is the period. */
  @EventListener
  @Transactional
  public void reportAccepted(ReportAccepted accepted) {
    Agreement agreement = accepted.agreement();
    PeriodReport report =
        progressReports.reports(agreement).stream()
            .filter(candidate -> candidate.period().number() == accepted.period())
            .findFirst()
            .orElseThrow();
    stored(
        agreement,
        DocumentKind.PROGRESS_REPORT,
        accepted.period(),
        agreement.reference() + "-progress-report-" + accepted.period() + ".pdf",
        () ->
            progressReport.render(
                agreement,
                partners.require(agreement.partnerCode()),
                report,
                progress.progress(agreement)));
  }

  private StoredDocument stored(
      Agreement agreement,
      DocumentKind kind,
      int version,
      String fileName,
      Supplier<byte[]> generate) {
    Optional<StoredDocument> existing = documents.find(agreement.id(), kind, version);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] pdf = generate.get();
    documents.insertIfAbsent(
        new NewDocument(
            agreement.id(), kind, version, fileName, sha256(pdf), pdf, OffsetDateTime.now(clock)));
    return documents.find(agreement.id(), kind, version).orElseThrow();
  }

  private MouDocument.Contents contents(Agreement agreement, Signatures signatures) {
    return new MouDocument.Contents(
        agreement,
        partners.require(agreement.partnerCode()),
        agreements.resultsFramework(agreement.reference()),
        ReportingSchedule.of(
            agreement.startDate(),
            agreement.endDate(),
            agreement.reportingFrequency(),
            reporting.dueAfterPeriodEnd()),
        signatures);
  }

  /** An approved amendment gives the MoU a new version. */
  @EventListener
  public void amended(AgreementAmended amended) {
    prepareMou(amended.after().reference());
  }

  public List<StoredDocument> list(Agreement agreement) {
    return documents.findByAgreement(agreement.id());
  }

  public StoredDocument require(Agreement agreement, long id) {
    return documents
        .findById(agreement.id(), id)
        .orElseThrow(() -> new NotFoundException(agreement.reference() + " has no document " + id));
  }

  public byte[] content(StoredDocument document) {
    return documents.content(document.id()).bytes();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
