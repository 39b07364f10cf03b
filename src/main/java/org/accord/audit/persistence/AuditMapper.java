package org.accord.audit.persistence;

import org.accord.audit.AuditEntry;
import org.accord.audit.AuditFilter;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

@Mapper
public interface AuditMapper {

  void insert(AuditEntry entry);

  java.util.List<AuditEntry> find(
      @Param("filter") AuditFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  void stream(@Param("filter") AuditFilter filter, ResultHandler<AuditEntry> handler);
}
