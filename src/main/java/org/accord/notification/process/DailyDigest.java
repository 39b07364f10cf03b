package org.accord.notification.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.security.UserGroups;
import org.accord.shared.process.EngineQueries;
import org.accord.shared.process.ProcessNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, each user who asked for it gets one message listing the open tasks of their groups
 * and their own, the earliest due first. The day is part of the message's key, so several nodes
 * send it once.
 */
@Component
public class DailyDigest {

  private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

  private final NotificationService notifications;
  private final Audience audience;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ProcessMessages messages;
  private final ProcessNames names;

  DailyDigest(
      NotificationService notifications,
      Audience audience,
      TaskService taskService,
      IdentityService identityService,
      ProcessMessages messages,
      ProcessNames names) {
    this.notifications = notifications;
    this.audience = audience;
    this.taskService = taskService;
    this.identityService = identityService;
    this.messages = messages;
    this.names = names;
  }

  // Each subscriber's digest is queued in its own transaction: one failure spoils no other.
  @Scheduled(cron = "${accord.notifications.digest-cron:0 0 6 * * *}", zone = "UTC")
  public void sendToSubscribers() {
    // The day in UTC: every node computes the same key, so the digest goes out once.
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (String userId : notifications.digestSubscribers()) {
      Set<String> address = audience.ofUser(userId);
      List<Task> tasks = openTasksOf(userId);
      if (address.isEmpty() || tasks.isEmpty()) {
        continue;
      }
      Date now = ClockUtil.getCurrentTime();
      List<Map<String, Object>> rows = tasks.stream().map(task -> row(task, now)).toList();
      Map<String, Object> model = new HashMap<>();
      model.put("tasks", rows);
      model.put("count", rows.size());
      model.put("overdueCount", rows.stream().filter(row -> row.containsKey("late")).count());
      model.put("tasklist", messages.tasklistLink(null));
      try {
        notifications.queue(
            new Message("digest:" + userId + ":" + today, "daily-digest", null, address, model));
      } catch (RuntimeException failed) {
        log.error("The daily digest for {} could not be queued", userId, failed);
      }
    }
  }

  private List<Task> openTasksOf(String userId) {
    List<String> groups = UserGroups.of(identityService, userId);
    // Their own tasks, and their groups' tasks nobody has claimed yet.
    var query = taskService.createTaskQuery().or().taskAssignee(userId);
    if (!groups.isEmpty()) {
      query = query.taskCandidateGroupIn(groups);
    }
    return query.endOr().orderByDueDate().asc().listPage(0, EngineQueries.MAX_RESULTS);
  }

  /** The task's name in the subscriber's language; a task of no process as it is. */
  private Object name(Task task) {
    String english =
        task.getName() != null
            ? task.getName()
            : task.getTaskDefinitionKey() != null ? task.getTaskDefinitionKey() : "Task";
    if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return english;
    }
    return ProcessNames.task(
        names.keyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), english);
  }

  private Map<String, Object> row(Task task, Date now) {
    Map<String, Object> row = new HashMap<>();
    row.put("name", name(task));
    row.put("link", messages.tasklistLink(task.getId()));
    Object reference =
        taskService.getVariable(
            task.getId(), PartnershipAgreementProcess.Variables.AGREEMENT_REFERENCE);
    row.put("reference", reference == null ? "" : reference.toString());
    if (task.getDueDate() != null && task.getDueDate().before(now)) {
      row.put("late", true);
    }
    return row;
  }
}
