package org.accord.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.StatusChange;
import org.springframework.stereotype.Component;

/**
 * The pipeline as managers read it: how many agreements and how much money (in US dollars) at each
 * stage, and the funds mobilized (agreements that reached ACTIVE) by priority, region and donor.
 * Filters narrow it to a priority, a region, a donor, and agreements proposed in a range.
 */
@Component
public class Pipeline {

  /** Count and USD value of a group of agreements. */
  public record Figure(
      int agreements, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal valueUsd) {

    static final Figure NONE = new Figure(0, BigDecimal.ZERO);

    Figure plus(Agreement agreement) {
      return new Figure(agreements + 1, valueUsd.add(agreement.amountUsd()));
    }
  }

  /** What the filters asked for and what they found. */
  public record View(
      Map<AgreementStatus, Figure> byStatus,
      Map<String, Figure> mobilizedByPriority,
      Map<String, Figure> mobilizedByRegion,
      Map<String, Figure> mobilizedByDonor) {}

  private final AgreementService agreements;

  Pipeline(AgreementService agreements) {
    this.agreements = agreements;
  }

  public View view(
      Priority priority,
      Region region,
      String donor,
      LocalDate proposedFrom,
      LocalDate proposedTo) {
    Map<AgreementStatus, Figure> byStatus = new EnumMap<>(AgreementStatus.class);
    for (AgreementStatus status : AgreementStatus.values()) {
      byStatus.put(status, Figure.NONE);
    }
    Map<String, Figure> byPriority = new TreeMap<>();
    Map<String, Figure> byRegion = new TreeMap<>();
    Map<String, Figure> byDonor = new TreeMap<>();
    for (Agreement agreement : agreements.list(null, donor)) {
      LocalDate proposed = agreement.createdAt().toLocalDate();
      if ((priority != null && agreement.priority() != priority)
          || (region != null && agreement.region() != region)
          || (proposedFrom != null && proposed.isBefore(proposedFrom))
          || (proposedTo != null && proposed.isAfter(proposedTo))) {
        continue;
      }
      byStatus.merge(agreement.status(), Figure.NONE.plus(agreement), Pipeline::sum);
      if (reachedActive(agreements.history(agreement.reference()))) {
        Figure one = Figure.NONE.plus(agreement);
        byPriority.merge(agreement.priority().name(), one, Pipeline::sum);
        byRegion.merge(agreement.region().name(), one, Pipeline::sum);
        byDonor.merge(agreement.partnerCode(), one, Pipeline::sum);
      }
    }
    return new View(byStatus, byPriority, byRegion, byDonor);
  }

  private static boolean reachedActive(List<StatusChange> history) {
    return history.stream().anyMatch(change -> change.status() == AgreementStatus.ACTIVE);
  }

  private static Figure sum(Figure a, Figure b) {
    return new Figure(a.agreements() + b.agreements(), a.valueUsd().add(b.valueUsd()));
  }
}
