package org.accord.training;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Region;
import org.accord.reporting.ReportFigures;
import org.accord.shared.Money;
import org.springframework.stereotype.Component;

/**
 * A training cooperation's monitoring figures as its progress report form shows them, counted when
 * the period's report is asked for: the officer reads them and quotes what the report needs.
 */
@Component
class TrainingReportFigures implements ReportFigures {

  private final TrainingFiguresService figures;

  TrainingReportFigures(TrainingFiguresService figures) {
    this.figures = figures;
  }

  @Override
  public Optional<String> of(Agreement agreement) {
    if (agreement.type() != AgreementType.TRAINING_COOPERATION) {
      return Optional.empty();
    }
    return Optional.of(text(figures.ofAgreement(agreement.reference())));
  }

  static String text(TrainingFigures figures) {
    StringBuilder text = new StringBuilder();
    text.append("Sessions: ")
        .append(figures.sessions())
        .append(", of which closed: ")
        .append(figures.closedSessions())
        .append('\n');
    text.append("Participants: ").append(figures.participants()).append('\n');
    text.append("By country group: ")
        .append(
            counts(
                figures.byCountryGroup(),
                Map.of(
                    "LDC", "LDC",
                    "SIDS", "SIDS",
                    "DEVELOPING", "developing",
                    "DEVELOPED", "developed")))
        .append('\n');
    text.append("By region: ")
        .append(
            figures.byRegion().entrySet().stream()
                .filter(count -> count.getValue() > 0)
                .map(
                    count ->
                        (count.getKey().equals("OTHER")
                                ? "other"
                                : Region.valueOf(count.getKey()).label())
                            + " "
                            + count.getValue())
                .collect(Collectors.joining(", ")))
        .append('\n');
    text.append("By gender: ")
        .append(
            counts(
                figures.byGender(),
                Map.of(
                    "FEMALE", "women",
                    "MALE", "men",
                    "OTHER", "other",
                    "NOT_STATED", "not stated")))
        .append('\n');
    TrainingFigures.Completion completion = figures.completion();
    text.append("Completed: ")
        .append(completion.completed())
        .append(" of ")
        .append(completion.participants())
        .append(percent(completion.completionRate()))
        .append("; certified: ")
        .append(completion.certified())
        .append(percent(completion.certificationRate()))
        .append('\n');
    for (TrainingFigures.Finances money : figures.finances()) {
      String currency = money.currency();
      text.append(currency)
          .append(": revenue ")
          .append(Money.amount(money.revenue(), currency))
          .append(", costs ")
          .append(Money.amount(money.costs(), currency))
          .append(", surplus ")
          .append(Money.amount(money.surplus(), currency))
          .append(", cost recovery")
          .append(
              money.costRecovery() == null
                  ? " —"
                  : " " + money.costRecovery().toPlainString() + " %")
          .append("; free seats ")
          .append(money.freeSeats())
          .append(", worth ")
          .append(Money.amount(money.freeSeatValue(), currency))
          .append('\n');
    }
    TrainingFigures.Survey survey = figures.survey();
    text.append("Evaluation: ")
        .append(survey.answered())
        .append(" of ")
        .append(survey.invited())
        .append(" answered")
        .append(percent(survey.responseRate()));
    if (survey.answered() > 0) {
      text.append("; average scores out of 5: ")
          .append(
              survey.averages().entrySet().stream()
                  .map(average -> average.getKey() + " " + average.getValue())
                  .collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  private static String counts(Map<String, Long> counts, Map<String, String> words) {
    return counts.entrySet().stream()
        .map(count -> words.get(count.getKey()) + " " + count.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String percent(BigDecimal rate) {
    return rate == null ? "" : " (" + rate.toPlainString() + " %)";
  }
}
