package org.accord.document.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.document.DocumentKind;
import org.accord.document.StoredDocument;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentMapper {

  /** A new document's row; nothing happens when that version of that kind is there already. */
  record NewDocument(
      long agreementId,
      DocumentKind kind,
      int version,
      String fileName,
      String sha256,
      byte[] content,
      OffsetDateTime createdAt) {}

  void insertIfAbsent(NewDocument document);

  Optional<StoredDocument> find(
      @Param("agreementId") long agreementId,
      @Param("kind") DocumentKind kind,
      @Param("version") int version);

  Optional<StoredDocument> findById(@Param("agreementId") long agreementId, @Param("id") long id);

  List<StoredDocument> findByAgreement(long agreementId);

  /** A document's bytes; MyBatis would read a bare {@code byte[]} as a list of rows. */
  record Content(byte[] bytes) {}

  Content content(long id);
}
