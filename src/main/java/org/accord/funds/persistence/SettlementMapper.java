package org.accord.funds.persistence;

import java.util.Optional;
import org.accord.funds.Settlement;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SettlementMapper {

  /** Refused by the primary key when the agreement is already settled. */
  void insert(@Param("agreementId") long agreementId, @Param("settlement") Settlement settlement);

  Optional<Settlement> find(long agreementId);

  boolean refundBankReferenceRecorded(String bankReference);
}
