package org.accord.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.identity.People;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on tasks, as the authenticated user: the engine checks they may work on the task. A
 * partner's representative asking something on their task is heard: the partnership officers are
 * told by e-mail, in the comment's transaction.
 */
@Service
public class TaskCommentService {

  /** What the engine keeps of a comment's text. */
  static final int MAX_LENGTH = 4000;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final NotificationService notifications;
  private final Audience audience;
  private final SystemAuthority system;
  private final People people;
  private final String publicUrl;

  TaskCommentService(
      TaskService taskService,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      NotificationService notifications,
      Audience audience,
      SystemAuthority system,
      People people,
      @Value("${accord.notifications.public-url}") String publicUrl) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.notifications = notifications;
    this.audience = audience;
    this.system = system;
    this.people = people;
    this.publicUrl = publicUrl;
  }

  public List<Comment> of(String taskId) {
    return taskService.getTaskComments(taskId);
  }

  @Transactional
  public Comment add(String taskId, String message) {
    if (message == null || message.isBlank() || message.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "message", "is required, at most " + MAX_LENGTH + " characters");
    }
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    Comment comment =
        taskService.createComment(taskId, task.getProcessInstanceId(), message.strip());
    String author = currentUser.id();
    if (author != null && !currentUser.partnerCodes().isEmpty()) {
      // The partner reads their own task; what the message says of it is Accord's to look up.
      system.run(
          () -> {
            tellTheOfficers(task, comment, author);
            return null;
          });
    }
    return comment;
  }

  private void tellTheOfficers(Task task, Comment comment, String authorId) {
    Map<String, Object> model = new HashMap<>();
    Map<String, Object> variables = runtimeService.getVariables(task.getExecutionId());
    for (String field : List.of("title", "partnerName")) {
      if (variables.get(field) != null) {
        model.put(field, variables.get(field).toString());
      }
    }
    String reference =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    model.put("reference", reference);
    model.put("taskName", task.getName());
    model.put("author", people.nameOf(authorId));
    model.put("comment", comment.getFullMessage());
    model.put("link", publicUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    notifications.queue(
        new Message(
            "comment:" + comment.getId(),
            "partner-comment",
            reference,
            audience.ofGroups(List.of(Roles.PARTNERSHIP_OFFICERS)),
            model));
  }
}
