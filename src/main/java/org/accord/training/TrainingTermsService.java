package org.accord.training;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.audit.AuditTrail;
import org.accord.shared.ConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.training.TrainingTerms.Recognition;
import org.accord.training.persistence.TrainingTermsMapper;
import org.accord.training.persistence.TrainingTermsMapper.TermsRow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the cooperation terms of each training cooperation: written while the proposal is prepared
 * and approved, shown in its forms, changed after signature by amendment only.
 */
@Service
public class TrainingTermsService {

  /**
   * While the agency prepares and approves the proposal. From the donor's sign-off on the terms are
   * those the approvers approved: the donor's request for changes sends the proposal back to
   * revision (and through approval again), and after signature only an amendment changes them.
   */
  private static final Set<AgreementStatus> EDITABLE =
      EnumSet.of(
          AgreementStatus.SCREENING,
          AgreementStatus.IN_REVISION,
          AgreementStatus.DUE_DILIGENCE,
          AgreementStatus.INTERNAL_APPROVAL);

  private static final Set<AgreementStatus> SIGNED =
      EnumSet.of(
          AgreementStatus.ACTIVE,
          AgreementStatus.SUSPENDED,
          AgreementStatus.CLOSED,
          AgreementStatus.TERMINATED);

  private final AgreementService agreements;
  private final TrainingTermsRules rules;
  private final TrainingTermsMapper mapper;
  private final RuntimeService runtimeService;
  private final AuditTrail audit;

  TrainingTermsService(
      AgreementService agreements,
      TrainingTermsRules rules,
      TrainingTermsMapper mapper,
      RuntimeService runtimeService,
      AuditTrail audit) {
    this.agreements = agreements;
    this.rules = rules;
    this.mapper = mapper;
    this.runtimeService = runtimeService;
    this.audit = audit;
  }

  /** The agreement's terms, if it has been given any. */
  @Transactional(readOnly = true)
  public Optional<TrainingTerms> find(long agreementId) {
    return mapper
        .findTerms(agreementId)
        .map(
            row -> {
              Set<Recognition> recognition = EnumSet.noneOf(Recognition.class);
              if (row.coHostOnCertificates()) {
                recognition.add(Recognition.CO_HOST_ON_CERTIFICATES);
              }
              if (row.brandingOnCoursePages()) {
                recognition.add(Recognition.BRANDING_ON_COURSE_PAGES);
              }
              if (row.listedAsPartner()) {
                recognition.add(Recognition.LISTED_AS_PARTNER);
              }
              return new TrainingTerms(
                  mapper.findCourses(agreementId),
                  row.fees(),
                  row.revenueShare(),
                  mapper.findCosts(agreementId),
                  recognition);
            });
  }

  /** The terms of a training cooperation: 400 for another type, 404 while it has none. */
  @Transactional(readOnly = true)
  public TrainingTerms require(Agreement agreement) {
    requireTrainingCooperation(agreement);
    return find(agreement.id())
        .orElseThrow(
            () ->
                new NotFoundException(
                    agreement.reference()
                        + " has no training terms yet: partnership officers give them with PUT"
                        + " /api/agreements/"
                        + agreement.reference()
                        + "/training-terms"));
  }

  /**
   * Replaces the terms of a training cooperation being prepared: 400 naming each wrong field (the
   * agreement's type among them), 409 once approved or signed; nothing written either way.
   */
  @Transactional
  public TrainingTerms replace(String reference, TrainingTermsRequest request, String by) {
    Agreement agreement = agreements.require(reference);
    requireTrainingCooperation(agreement);
    if (!EDITABLE.contains(agreement.status())) {
      throw new ConflictException(
          reference
              + " is "
              + agreement.status()
              + (SIGNED.contains(agreement.status())
                  ? ": its training terms are signed and changed only by amendment (POST"
                      + " /api/agreements/"
                      + reference
                      + "/amendments)"
                  : ": its training terms were approved as they are; they change when the donor"
                      + " requests changes, or by amendment once signed"));
    }
    Violations violations = new Violations();
    TrainingTerms terms = rules.check(request, "", violations);
    violations.throwIfAny();
    Optional<TrainingTerms> before = find(agreement.id());
    save(agreement, terms);
    audit.recordAs(
        by, "TRAINING_TERMS", reference, reference, "REPLACED", before.orElse(null), terms);
    return terms;
  }

  /**
   * Checks the terms an amendment restates, naming fields under {@code prefix}; null with the
   * violations added.
   */
  public TrainingTerms checkAmended(
      Agreement agreement, TrainingTermsRequest request, String prefix, Violations violations) {
    if (agreement.type() != AgreementType.TRAINING_COOPERATION) {
      violations.add(
          prefix.substring(0, prefix.length() - 1),
          "only a TRAINING_COOPERATION agreement has training terms; "
              + agreement.reference()
              + " is a "
              + agreement.type());
      return null;
    }
    TrainingTerms terms = rules.check(request, prefix, violations);
    // Compared as printed: the same courses, amounts, shares, costs and recognition.
    if (terms != null
        && find(agreement.id())
            .map(TrainingTermsText::of)
            .filter(TrainingTermsText.of(terms)::equals)
            .isPresent()) {
      violations.add(
          prefix.substring(0, prefix.length() - 1),
          "restates the current training terms: leave them out if they do not change");
      return null;
    }
    return terms;
  }

  /** Writes the terms an approved amendment gives the agreement; the amendment keeps the before. */
  @Transactional
  public void amend(Agreement agreement, TrainingTerms terms) {
    save(agreement, terms);
  }

  private void save(Agreement agreement, TrainingTerms terms) {
    long id = agreement.id();
    mapper.lockAgreement(id);
    mapper.delete(id);
    mapper.insertTerms(
        id,
        new TermsRow(
            terms.fees(),
            terms.revenueShare(),
            terms.recognition().contains(Recognition.CO_HOST_ON_CERTIFICATES),
            terms.recognition().contains(Recognition.BRANDING_ON_COURSE_PAGES),
            terms.recognition().contains(Recognition.LISTED_AS_PARTNER)));
    List<TrainingTerms.Course> courses = terms.courses();
    for (int position = 0; position < courses.size(); position++) {
      mapper.insertCourse(id, position, courses.get(position));
    }
    List<TrainingTerms.CostItem> costs = terms.costs();
    for (int position = 0; position < costs.size(); position++) {
      mapper.insertCost(id, position, costs.get(position));
    }
    // The open task's form, and every one after it, shows the terms as they are now.
    if (agreement.processInstanceId() != null) {
      runtimeService.setVariable(
          agreement.processInstanceId(),
          PartnershipAgreementProcess.Variables.TRAINING_TERMS,
          TrainingTermsText.of(terms));
    }
  }

  private static void requireTrainingCooperation(Agreement agreement) {
    if (agreement.type() != AgreementType.TRAINING_COOPERATION) {
      throw new InvalidInputException(
          "agreementType",
          "is " + agreement.type() + ": only a TRAINING_COOPERATION agreement has training terms");
    }
  }
}
