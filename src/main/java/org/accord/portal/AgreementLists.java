package org.accord.portal;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.document.DocumentStore;
import org.accord.document.StoredDocument;
import org.accord.funds.Collection;
import org.accord.funds.FundsCollections;
import org.accord.funds.Receipt;
import org.accord.funds.Receipts;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.ProgressReports;
import org.accord.security.CurrentUser;
import org.accord.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of one agreement as its partner's representatives read them in the portal, a page at a
 * time: its documents (never the agency's own), its reporting periods, and, once it is signed, its
 * instalments and the receipts against them. An agreement the user is not party to is not found, as
 * everywhere in the API.
 */
@Service
public class AgreementLists {

  private final AgreementService agreements;
  private final DocumentStore documents;
  private final ProgressReports reports;
  private final FundsCollections collections;
  private final Receipts receipts;
  private final CurrentUser currentUser;

  AgreementLists(
      AgreementService agreements,
      DocumentStore documents,
      ProgressReports reports,
      FundsCollections collections,
      Receipts receipts,
      CurrentUser currentUser) {
    this.agreements = agreements;
    this.documents = documents;
    this.reports = reports;
    this.collections = collections;
    this.receipts = receipts;
    this.currentUser = currentUser;
  }

  @Transactional(readOnly = true)
  public Paged<StoredDocument> documents(String reference, int page, int size) {
    return Paged.of(
        documents.list(visible(reference)).stream()
            .filter(document -> !document.kind().isAgencyOnly())
            .toList(),
        page,
        size,
        PartnerPortal.MAX_PAGE_SIZE);
  }

  @Transactional(readOnly = true)
  public Paged<PeriodReport> reports(String reference, int page, int size) {
    return Paged.of(reports.reports(visible(reference)), page, size, PartnerPortal.MAX_PAGE_SIZE);
  }

  @Transactional(readOnly = true)
  public Paged<Collection> instalments(String reference, int page, int size) {
    return Paged.of(
        collections.collections(visible(reference).reference()),
        page,
        size,
        PartnerPortal.MAX_PAGE_SIZE);
  }

  /** By value date, reversals included: the partner sees what was recorded and what was undone. */
  @Transactional(readOnly = true)
  public Paged<Receipt> receipts(String reference, int page, int size) {
    return Paged.of(
        receipts.list(visible(reference).reference()), page, size, PartnerPortal.MAX_PAGE_SIZE);
  }

  private Agreement visible(String reference) {
    return agreements.requireVisible(reference, currentUser::mayActFor);
  }
}
