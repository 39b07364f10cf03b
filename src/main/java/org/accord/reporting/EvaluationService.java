package org.accord.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.reporting.persistence.ProgressReportMapper;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing evaluation of an agreement: how far it achieved its results, and what was learned.
 */
@Service
public class EvaluationService {

  private static final Set<String> RATINGS =
      Set.of("ACHIEVED_AS_PLANNED", "PARTIALLY_ACHIEVED", "NOT_ACHIEVED");

  private final ProgressReportMapper reports;
  private final Clock clock;

  EvaluationService(ProgressReportMapper reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @Transactional
  public Evaluation evaluate(Agreement agreement, String rating, String lessonsLearned, String by) {
    Violations violations = new Violations();
    if (rating == null || !RATINGS.contains(rating)) {
      violations.add("evaluationRating", "must be one of " + RATINGS.stream().sorted().toList());
    }
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
