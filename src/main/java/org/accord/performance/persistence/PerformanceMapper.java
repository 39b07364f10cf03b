package org.accord.performance.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PerformanceMapper {

  /** An output type and how many agreements of it reported. */
  record OutputCount(String type, long agreements) {}

  /** By output type: agreements with a report accepted for a period ending from, before before. */
  List<OutputCount> outputsReported(
      @Param("from") LocalDate from, @Param("before") LocalDate before);
}
