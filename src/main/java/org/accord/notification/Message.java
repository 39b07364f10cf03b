package org.accord.notification;

import java.util.Collection;
import java.util.Map;

/**
 * What happened, for whom, in which words: one event, rendered once, queued once per recipient.
 *
 * @param eventKey unique per occurrence of the event (a task id, an activity instance id)
 */
public record Message(
    String eventKey,
    String template,
    String agreementReference,
    Collection<String> recipients,
    Map<String, Object> model) {}
