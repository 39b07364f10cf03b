package org.accord.attachment.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.attachment.Attachment;
import org.accord.attachment.AttachmentType;
import org.accord.attachment.AttachmentVisibility;
import org.accord.attachment.Audience;
import org.accord.attachment.SubjectKind;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AttachmentMapper {

  /**
   * A stored file's row, its bytes already in the large object {@code content}; of an agreement or
   * of a concept note.
   */
  record NewAttachment(
      Long agreementId,
      Long conceptNoteId,
      SubjectKind subject,
      Integer subjectNumber,
      AttachmentType type,
      AttachmentVisibility visibility,
      String description,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      long content,
      String uploadedBy,
      OffsetDateTime uploadedAt) {}

  long insert(NewAttachment attachment);

  /**
   * Which attachments a list shows: all of them, or one agreement's, or one subject's, or one
   * concept note's.
   */
  record Filter(Long agreementId, Long conceptNoteId, SubjectKind subject, Integer subjectNumber) {}

  /** The attachment if the audience may see it. */
  Optional<Attachment> findVisible(@Param("id") long id, @Param("audience") Audience audience);

  List<Attachment> findPage(
      @Param("filter") Filter filter,
      @Param("audience") Audience audience,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(@Param("filter") Filter filter, @Param("audience") Audience audience);

  /** The large object holding the attachment's bytes. */
  long content(long id);
}
