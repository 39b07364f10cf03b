package org.accord.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.OpenTaskCounts;
import org.springframework.stereotype.Component;

/**
 * Where work waits: the open user tasks that have waited longest, and the open, overdue tasks and
 * overdue progress reports by candidate group and by donor.
 */
@Component
public class Bottlenecks {

  static final int OLDEST_SHOWN = 10;

  /** An open task and how long it has waited. */
  public record WaitingTask(
      String taskId,
      String taskKey,
      String taskName,
      String candidateGroups,
      String assignee,
      String reference,
      String donor,
      OffsetDateTime openedAt,
      OffsetDateTime dueAt,
      BigDecimal ageDays,
      boolean overdue) {}

  /** The open work of a group or donor; a task of two candidate groups counts in both. */
  public record Load(
      long openTasks, long overdueTasks, long overdueReports, BigDecimal oldestDays) {}

  public record View(
      List<WaitingTask> oldestOpenTasks, Map<String, Load> byGroup, Map<String, Load> byDonor) {}

  /** Tasks offered to no group (assigned to a person only) are counted under this name. */
  static final String NO_GROUP = "(assigned only)";

  private final MetricsMapper metrics;
  private final Clock clock;

  Bottlenecks(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  public View view(MetricsFilter filter) {
    MetricsFilter.Selection selection = filter.selection(clock.getZone());
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<WaitingTask> oldest =
        metrics.oldestOpenTasks(selection, OLDEST_SHOWN).stream()
            .map(
                task ->
                    new WaitingTask(
                        task.taskId(),
                        task.taskKey(),
                        task.taskName(),
                        task.candidateGroups(),
                        task.assignee(),
                        task.reference(),
                        task.donor(),
                        task.openedAt(),
                        task.dueAt(),
                        Days.of(Duration.between(task.openedAt(), now)),
                        task.dueAt() != null && task.dueAt().isBefore(now)))
            .toList();
    Map<String, Load> byGroup = new TreeMap<>();
    Map<String, Load> byDonor = new TreeMap<>();
    for (OpenTaskCounts counts : metrics.openTaskCounts(selection, now)) {
      Load load =
          new Load(
              counts.open(),
              counts.overdue(),
              counts.overdueReports(),
              Days.of(Duration.between(counts.oldestOpenedAt(), now)));
      if (counts.dimension().equals("GROUP")) {
        byGroup.put(counts.label() == null ? NO_GROUP : counts.label(), load);
      } else {
        byDonor.put(counts.label(), load);
      }
    }
    return new View(oldest, byGroup, byDonor);
  }
}
