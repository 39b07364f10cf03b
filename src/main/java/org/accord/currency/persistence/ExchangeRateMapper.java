package org.accord.currency.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accord.currency.ExchangeRate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ExchangeRateMapper {

  /** The rate in force on the date: the latest effective on or before it. */
  Optional<ExchangeRate> inForce(@Param("currency") String currency, @Param("date") LocalDate date);

  /** Each currency's rate in force on the date, by currency. */
  List<ExchangeRate> allInForce(LocalDate date);

  /** Every rate of the currency, the latest effective first. */
  List<ExchangeRate> history(String currency);

  /** The rate recorded for exactly that currency and effective date. */
  Optional<ExchangeRate> recordedFor(
      @Param("currency") String currency, @Param("effectiveDate") LocalDate effectiveDate);

  Optional<LocalDate> firstEffectiveDate(String currency);

  /** 1 when recorded, 0 when the currency already has a rate effective that day (kept as it is). */
  int insertIfAbsent(ExchangeRate rate);
}
