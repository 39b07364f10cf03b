package org.accord.currency.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.accord.currency.ExchangeRate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ExchangeRateMapper {

  Optional<ExchangeRate> find(String currency);

  List<ExchangeRate> findAll();

  void upsert(
      @Param("currency") String currency,
      @Param("usdPerUnit") BigDecimal usdPerUnit,
      @Param("updatedBy") String updatedBy);
}
