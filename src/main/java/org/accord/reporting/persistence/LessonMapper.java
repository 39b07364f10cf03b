package org.accord.reporting.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.reporting.Lesson;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface LessonMapper {

  /** Evaluated from (inclusive) to (exclusive); each part null when not asked. */
  record Filter(
      OffsetDateTime from,
      OffsetDateTime to,
      Priority priority,
      Region region,
      String initiative,
      String words) {}

  long count(@Param("f") Filter filter);

  List<Lesson> find(
      @Param("f") Filter filter, @Param("offset") int offset, @Param("limit") int limit);
}
