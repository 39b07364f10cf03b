package org.accord.document;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.duediligence.DueDiligenceCompleted;
import org.accord.identity.Languages;
import org.accord.partner.PartnerService;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.ProgressAgainstPlan;
import org.accord.reporting.ProgressReports;
import org.accord.reporting.ReportAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents an outcome files: the summary of a partner's due diligence once it has one, a
 * period's progress report once it is accepted.
 */
@Service
class OutcomeDocuments {

  private final AgreementService agreements;
  private final PartnerService partners;
  private final DueDiligenceSummaryDocument dueDiligenceSummary;
  private final ProgressReportDocument progressReport;
  private final ProgressReports progressReports;
  private final ProgressAgainstPlan progress;
  private final DocumentStore store;
  private final Languages languages;

  OutcomeDocuments(
      AgreementService agreements,
      PartnerService partners,
      DueDiligenceSummaryDocument dueDiligenceSummary,
      ProgressReportDocument progressReport,
      ProgressReports progressReports,
      ProgressAgainstPlan progress,
      DocumentStore store,
      Languages languages) {
    this.agreements = agreements;
    this.partners = partners;
    this.dueDiligenceSummary = dueDiligenceSummary;
    this.progressReport = progressReport;
    this.progressReports = progressReports;
    this.progress = progress;
    this.store = store;
    this.languages = languages;
  }

  /** The summary of the partner's due diligence for this agreement, once it has an outcome. */
  @EventListener
  @Transactional
  public void dueDiligenceCompleted(DueDiligenceCompleted completed) {
    Agreement agreement = agreements.require(completed.agreementReference());
    store.stored(
        agreement,
        DocumentKind.DUE_DILIGENCE_SUMMARY,
        1,
        agreement.reference() + "-due-diligence.pdf",
        () ->
            dueDiligenceSummary.render(
                agreement,
                partners.require(completed.partnerCode()),
                completed,
                agreements.decisions(agreement.reference()),
                languages.agencyDefault()));
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
    store.stored(
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
}
