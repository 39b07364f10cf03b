package org.accord.notification;

import java.util.Collection;
import java.util.Map;
import org.accord.shared.Language;

/**
 * What happened, for whom, in which words: one event, rendered once per language its recipients
 * read, queued once per recipient.
 *
 * @param eventKey unique per occurrence of the event (a task id, an activity instance id)
 * @param language what addresses that are no user's are written in (a partner's contact address, a
 *     participant's); null for the agency's default. Users always get their own language.
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

  /** The same message, written to addresses that are no user's in the given language. */
  public Message inLanguage(Language language) {
    return new Message(
        eventKey, template, agreementReference, recipients, model, attachment, language);
  }

  /** A document sent with the message, such as the call for funds a donor pays against. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
