package org.accord.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The outbox backlog on /actuator/prometheus: messages waiting to be sent or retried. */
@Component
class OutboxMetrics implements MeterBinder {

  private final NotificationService notifications;

  OutboxMetrics(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("accord.notifications.pending", notifications, NotificationService::backlog)
        .description("Notifications waiting in the outbox to be sent or retried")
        .register(registry);
  }
}
