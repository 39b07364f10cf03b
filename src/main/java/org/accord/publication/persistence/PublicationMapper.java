package org.accord.publication.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accord.document.ConsolidatedReport.GroupBy;
import org.accord.publication.Publication;
import org.accord.publication.PublicationKind;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PublicationMapper {

  record NewPublication(
      PublicationKind kind,
      String title,
      GroupBy groupBy,
      LocalDate from,
      LocalDate to,
      String plan,
      Integer year,
      String partnerCode,
      byte[] content,
      String sha256,
      String publishedBy,
      Instant publishedAt) {}

  /**
   * Who reads: the agency's staff every publication; a partner's representatives those published to
   * every partner and to their own. The rule is the query's ({@code readable}), for every read.
   */
  record Readers(boolean staff, List<String> partnerCodes) {}

  long insert(NewPublication publication);

  Optional<Publication> find(@Param("id") long id, @Param("readers") Readers readers);

  /** The PDF of a publication the readers may read; empty otherwise. */
  Optional<byte[]> content(@Param("id") long id, @Param("readers") Readers readers);

  long count(@Param("readers") Readers readers);

  List<Publication> findPage(
      @Param("readers") Readers readers, @Param("offset") long offset, @Param("limit") int limit);
}
