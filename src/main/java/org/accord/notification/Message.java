package org.accord.notification;

import java.util.Collection;
import java.util.Map;
import org.accord.shared.Language;

/**
 * What happened, for whom, in which words: one event, rendered once, queued once per recipient.
 *
 * @param eventKey unique per occurrence of the event (a task id, an activity instance id)
 * @param language the words the recipients read it in; null for the templates' English
 */
public record Message(
    String eventKey,
    String template,
    String agreementReference,
    Collection<String> recipients,
    Map<String, Object> model,
    Attachment attachment,
    Language language) {

  public Message(
      String eventKey,
      String template,
      String agreementReference,
      Collection<String> recipients,
      Map<String, Object> model,
      Attachment attachment) {
    this(eventKey, template, agreementReference, recipients, model, attachment, null);
  }

  public Message(
      String eventKey,
      String template,
      String agreementReference,
      Collection<String> recipients,
      Map<String, Object> model) {
    this(eventKey, template, agreementReference, recipients, model, null, null);
  }

  /** A document sent with the message, such as the call for funds a donor pays against. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
