package org.accord.duediligence.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.duediligence.ImportedSanctionsList;
import org.accord.duediligence.SanctionsList;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SanctionsListMapper {

  /** Until the transaction ends: two imports at once replace the list one after the other. */
  void lockLists();

  void deleteLists();

  long insertList(
      @Param("source") String source,
      @Param("generatedAt") OffsetDateTime generatedAt,
      @Param("importedBy") String importedBy,
      @Param("importedAt") OffsetDateTime importedAt);

  void insertEntry(@Param("listId") long listId, @Param("entry") SanctionsList.Entry entry);

  Optional<ImportedSanctionsList> current();

  List<SanctionsList.Entry> entries();

  /** 1 if the review is new, 0 if this partner and entry have one, open or decided. */
  int insertReview(
      @Param("partnerCode") String partnerCode,
      @Param("referenceNumber") String referenceNumber,
      @Param("startedAt") OffsetDateTime startedAt);

  void attachReviewProcess(
      @Param("partnerCode") String partnerCode,
      @Param("referenceNumber") String referenceNumber,
      @Param("processInstanceId") String processInstanceId);

  void decideReview(
      @Param("partnerCode") String partnerCode,
      @Param("referenceNumber") String referenceNumber,
      @Param("status") String status,
      @Param("decidedAt") OffsetDateTime decidedAt,
      @Param("decidedBy") String decidedBy);
}
