package org.accord.training;

import java.util.Comparator;
import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.partner.PartnerService;
import org.accord.training.TrainingTerms.Recognition;
import org.accord.training.persistence.TrainingTermsMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a partner is recognized, as its cooperation terms say ({@link Recognition}): named as co-host
 * on certificates, named on the course's registration page, and listed among the agency's training
 * partners while a cooperation saying so is ACTIVE. The one place these terms take effect.
 */
@Service
public class TrainingRecognition {

  /** A partner named in the agency's list of training partners. */
  public record TrainingPartner(String code, String name) {}

  private final TrainingTermsService terms;
  private final TrainingTermsMapper mapper;
  private final AgreementService agreements;
  private final PartnerService partners;

  TrainingRecognition(
      TrainingTermsService terms,
      TrainingTermsMapper mapper,
      AgreementService agreements,
      PartnerService partners) {
    this.terms = terms;
    this.mapper = mapper;
    this.agreements = agreements;
    this.partners = partners;
  }

  /** The partner's name when the session's terms name it as co-host on certificates; else null. */
  @Transactional(readOnly = true)
  public String coHost(TrainingSession session) {
    return nameIfRecognized(session, Recognition.CO_HOST_ON_CERTIFICATES);
  }

  /**
   * The partner's name when the session's terms name it on the course pages ("in partnership
   * with"); else null.
   */
  @Transactional(readOnly = true)
  public String brandedPartner(TrainingSession session) {
    return nameIfRecognized(session, Recognition.BRANDING_ON_COURSE_PAGES);
  }

  /**
   * The agency's training partners: each partner with an ACTIVE training cooperation whose terms
   * list it as partner, once, by name.
   */
  @Transactional(readOnly = true)
  public List<TrainingPartner> listedPartners() {
    return mapper.listedPartners().stream()
        .map(code -> new TrainingPartner(code, partners.require(code).name()))
        .sorted(Comparator.comparing(TrainingPartner::name))
        .toList();
  }

  private String nameIfRecognized(TrainingSession session, Recognition recognition) {
    return terms
            .require(agreements.require(session.course().agreement()))
            .recognition()
            .contains(recognition)
        ? partners.require(session.course().partnerCode()).name()
        : null;
  }
}
