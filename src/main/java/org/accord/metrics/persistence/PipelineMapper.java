package org.accord.metrics.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface PipelineMapper {

  /** A count under a label: agreements per status, open tasks per candidate group. */
  record Count(String label, long count) {}

  List<Count> agreementsByStatus();

  List<Count> openTasksByGroup();
}
