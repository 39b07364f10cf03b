package org.accord.notification.process;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Due and follow-up dates of user tasks, and the waits before reminders and escalations, from
 * configuration ({@code accord.deadlines.*}). The BPMN asks for them by task key: {@code
 * camunda:dueDate="${taskDeadlines.due('screenProposal')}"}.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  /** Durations per task key; tasks not named get the defaults. */
  @ConfigurationProperties("accord.deadlines")
  record Properties(
      @DefaultValue("P5D") Duration defaultDue,
      @DefaultValue("P3D") Duration defaultFollowUp,
      @DefaultValue Map<String, Duration> due,
      @DefaultValue Map<String, Duration> followUp,
      @DefaultValue("P7D") Duration donorReminder,
      @DefaultValue("P21D") Duration donorEscalation) {}

  private final Properties properties;

  TaskDeadlines(Properties properties) {
    this.properties = properties;
  }

  public Date due(String taskKey) {
    return after(properties.due().getOrDefault(taskKey, properties.defaultDue()));
  }

  public Date followUp(String taskKey) {
    return after(properties.followUp().getOrDefault(taskKey, properties.defaultFollowUp()));
  }

  public String donorReminder() {
    return properties.donorReminder().toString();
  }

  public String donorEscalation() {
    return properties.donorEscalation().toString();
  }

  // The engine's clock, so that tests moving it see the same dates as the timers.
  private static Date after(Duration duration) {
    return new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis());
  }
}
