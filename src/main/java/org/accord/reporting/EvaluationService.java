package org.accord.reporting;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.EVALUATION_RATING;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.PartnershipAgreementProcess.EvaluationRating;
import org.accord.reporting.persistence.ProgressReportMapper;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing evaluation of an agreement: how far it achieved its results, and what was learned.
 */
@Service
public class EvaluationService {

  private final ProgressReportMapper reports;
  private final Clock clock;

  EvaluationService(ProgressReportMapper reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @Transactional
  public Evaluation evaluate(Agreement agreement, String rating, String lessonsLearned, String by) {
    Violations violations = new Violations();
    violations.requireOneOf(EVALUATION_RATING, rating, EvaluationRating.class);
    String lessons = violations.requireText("lessonsLearned", lessonsLearned, 20_000);
    violations.throwIfAny();
    Evaluation evaluation = new Evaluation(rating, lessons, by, OffsetDateTime.now(clock));
    reports.insertEvaluation(agreement.id(), evaluation);
    return evaluation;
  }

  public Optional<Evaluation> find(Agreement agreement) {
    return reports.findEvaluation(agreement.id());
  }
}
