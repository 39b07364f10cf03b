package org.accord.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementAmended;
import org.accord.agreement.AgreementService;
import org.accord.document.persistence.DocumentMapper;
import org.accord.document.persistence.DocumentMapper.NewDocument;
import org.accord.partner.PartnerService;
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
  private final DocumentMapper documents;
  private final Clock clock;

  DocumentService(
      AgreementService agreements,
      PartnerService partners,
      ReportingProperties reporting,
      MouDocument mou,
      DocumentMapper documents,
      Clock clock) {
    this.agreements = agreements;
    this.partners = partners;
    this.reporting = reporting;
    this.mou = mou;
    this.documents = documents;
    this.clock = clock;
  }

  /** The MoU of the agreement's current version, generated if it is not there yet. */
  @Transactional
  public StoredDocument prepareMou(String reference) {
    Agreement agreement = agreements.require(reference);
    Optional<StoredDocument> existing =
        documents.find(agreement.id(), DocumentKind.MOU, agreement.mouVersion());
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] pdf =
        mou.render(
            new MouDocument.Contents(
                agreement,
                partners.require(agreement.partnerCode()),
                agreements.resultsFramework(reference),
                ReportingSchedule.of(
                    agreement.startDate(),
                    agreement.endDate(),
                    agreement.reportingFrequency(),
                    reporting.dueAfterPeriodEnd())));
    documents.insertIfAbsent(
        new NewDocument(
            agreement.id(),
            DocumentKind.MOU,
            agreement.mouVersion(),
            reference + "-MoU-v" + agreement.mouVersion() + ".pdf",
            sha256(pdf),
            pdf,
            OffsetDateTime.now(clock)));
    return documents.find(agreement.id(), DocumentKind.MOU, agreement.mouVersion()).orElseThrow();
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
