package org.accord.document;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementAmended;
import org.accord.agreement.AgreementService;
import org.accord.document.MouDocument.Signatures;
import org.accord.document.seal.PadesSeal;
import org.accord.partner.PartnerService;
import org.accord.reporting.ReportingProperties;
import org.accord.reporting.ReportingSchedule;
import org.accord.shared.Language;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The MoU of each version of an agreement, and the copy both parties signed, sealed. */
@Service
public class MouDocuments {

  private final AgreementService agreements;
  private final PartnerService partners;
  private final ReportingProperties reporting;
  private final MouDocument mou;
  private final PadesSeal seal;
  private final DocumentStore store;
  private final Clock clock;
  private final List<MouArticles> articles;

  MouDocuments(
      AgreementService agreements,
      PartnerService partners,
      ReportingProperties reporting,
      MouDocument mou,
      PadesSeal seal,
      DocumentStore store,
      Clock clock,
      List<MouArticles> articles) {
    this.agreements = agreements;
    this.partners = partners;
    this.reporting = reporting;
    this.mou = mou;
    this.seal = seal;
    this.store = store;
    this.clock = clock;
    this.articles = articles;
  }

  /** The MoU of the agreement's current version, generated if it is not there yet. */
  @Transactional
  public StoredDocument prepareMou(String reference) {
    Agreement agreement = agreements.require(reference);
    return store.stored(
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
    return store.stored(
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

  /** An approved amendment gives the MoU a new version. */
  @EventListener
  public void amended(AgreementAmended amended) {
    prepareMou(amended.after().reference());
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
        agreements.fundingTerms(agreement.reference()),
        signatures,
        articlesIn(agreement));
  }

  /** The other features' articles in each of the agreement's languages. */
  private Map<Language, List<MouArticle>> articlesIn(Agreement agreement) {
    Map<Language, List<MouArticle>> byLanguage = new EnumMap<>(Language.class);
    for (Language language : new Language[] {agreement.language(), agreement.secondLanguage()}) {
      if (language != null) {
        byLanguage.put(
            language,
            articles.stream()
                .flatMap(feature -> feature.articles(agreement, language).stream())
                .toList());
      }
    }
    return byLanguage;
  }
}
