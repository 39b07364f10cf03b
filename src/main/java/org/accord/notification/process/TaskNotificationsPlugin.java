package org.accord.notification.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.shared.process.ProcessNames;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tells people when work waits for them: every user task, when created, notifies its assignee or
 * else the members of its candidate groups (and, for a partner's group, the partner's contact
 * address), with a link to the task in Tasklist and the task's name in each recipient's language.
 */
@Component
class TaskNotificationsPlugin extends UserTaskPlugin {

  private final NotificationService notifications;
  private final Audience audience;
  private final ProcessMessages messages;
  private final ProcessNames names;

  // Lazy: the plugin is built with the engine, before the services it will call are.
  TaskNotificationsPlugin(
      @Lazy NotificationService notifications,
      @Lazy Audience audience,
      ProcessMessages messages,
      ProcessNames names) {
    this.notifications = notifications;
    this.audience = audience;
    this.messages = messages;
    this.names = names;
  }

  @Override
  protected void configure(UserTask task) {
    task.onCreate(this::notifyWaiting);
  }

  void notifyWaiting(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    Map<String, Object> model = messages.model(reference, task);
    // In each recipient's language.
    model.put(
        "taskName",
        ProcessNames.task(
            names.keyOf(task.getProcessDefinitionId()),
            task.getTaskDefinitionKey(),
            task.getName()));
    model.put("link", messages.tasklistLink(task.getId()));
    if (task.getDueDate() != null) {
      model.put("due", task.getDueDate());
    }
    notifications.queue(
        new Message("task:" + task.getId(), "task-waiting", reference, recipients(task), model));
  }

  private Set<String> recipients(DelegateTask task) {
    if (task.getAssignee() != null) {
      return audience.ofUser(task.getAssignee());
    }
    List<String> groups =
        task.getCandidates().stream()
            .filter(
                link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .toList();
    return audience.ofGroups(groups);
  }
}
