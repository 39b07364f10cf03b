package org.accord.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are sent: the sender address, the address users reach Tasklist at (for the
 * links in messages), how long the dispatcher keeps trying a message before it is DEAD, and how
 * long a sent message is kept. The dispatcher's interval ({@code dispatch-interval}), the digest's
 * cron ({@code digest-cron}) and the purge's ({@code purge-cron}) are read by their schedules.
 */
@ConfigurationProperties("accord.notifications")
public record NotificationProperties(
    @DefaultValue("Accord <accord@localhost>") String from,
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("PT30S") Duration firstRetryAfter,
    @DefaultValue("P90D") Duration keepSent) {}
