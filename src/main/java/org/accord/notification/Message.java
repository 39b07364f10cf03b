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
    Map<String, Object> model,
    Attachment attachment) {

  public Message(
      String eventKey,
      String template,
      String agreementReference,
      Collection<String> recipients,
      Map<String, Object> model) {
    this(eventKey, template, agreementReference, recipients, model, null);
  }

  /** A document sent with the message, such as the call for funds a donor pays against. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
