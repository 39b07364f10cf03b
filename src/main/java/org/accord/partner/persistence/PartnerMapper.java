package org.accord.partner.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accord.partner.NewPartner;
import org.accord.partner.Partner;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PartnerMapper {

  Optional<Partner> findByCode(String code);

  List<Partner> findAll();

  void insert(NewPartner partner);

  void recordDueDiligence(
      @Param("code") String code,
      @Param("outcome") String outcome,
      @Param("riskRating") String riskRating,
      @Param("expiresOn") LocalDate expiresOn);
}
