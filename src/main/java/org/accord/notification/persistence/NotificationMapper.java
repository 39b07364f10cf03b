package org.accord.notification.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.notification.Message;
import org.accord.notification.Notification;
import org.accord.notification.NotificationStatus;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NotificationMapper {

  /** Queues a message unless the same event already queued one for this recipient. */
  int insertIfAbsent(
      @Param("eventKey") String eventKey,
      @Param("recipient") String recipient,
      @Param("template") String template,
      @Param("agreementReference") String agreementReference,
      @Param("subject") String subject,
      @Param("bodyText") String bodyText,
      @Param("bodyHtml") String bodyHtml,
      @Param("status") NotificationStatus status,
      @Param("lastError") String lastError,
      @Param("now") OffsetDateTime now,
      @Param("attachment") Message.Attachment attachment);

  /** The attached document's bytes, read only when the message is sent. */
  AttachmentContent attachment(long id);

  /** MyBatis would read a bare {@code byte[]} as a list of rows. */
  record AttachmentContent(String fileName, String contentType, byte[] bytes) {}

  /**
   * The next message due, locked for this transaction; messages another node is sending are
   * skipped, not waited for.
   */
  Optional<Notification> lockNextDue(OffsetDateTime now);

  void markSent(@Param("id") long id, @Param("sentAt") OffsetDateTime sentAt);

  void markFailed(
      @Param("id") long id,
      @Param("status") NotificationStatus status,
      @Param("attempts") int attempts,
      @Param("nextAttemptAt") OffsetDateTime nextAttemptAt,
      @Param("lastError") String lastError);

  /**
   * Every pending message due before the server's next try waits for it, with the reason: no
   * attempt is spent, and each shows why it has not gone.
   */
  void awaitServer(@Param("retryAt") OffsetDateTime retryAt, @Param("lastError") String lastError);

  List<Notification> find(
      @Param("status") NotificationStatus status,
      @Param("agreementReference") String agreementReference);

  Optional<Notification> findById(long id);

  int countPending();

  /** Removes the messages sent before then; waiting and DEAD ones stay. */
  int deleteSentBefore(@Param("before") OffsetDateTime before);

  void retry(@Param("id") long id, @Param("now") OffsetDateTime now);

  void subscribeToDigest(String userId);

  void unsubscribeFromDigest(String userId);

  List<String> digestSubscribers();
}
