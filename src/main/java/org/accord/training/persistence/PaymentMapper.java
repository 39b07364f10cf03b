package org.accord.training.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Payments of participants' fees, recorded by finance. */
@Mapper
public interface PaymentMapper {

  record PaymentRow(
      long id,
      long enrolmentId,
      BigDecimal amount,
      String currency,
      LocalDate paidOn,
      String reference,
      Instant recordedAt,
      String recordedBy) {}

  long insert(PaymentRow payment);

  List<PaymentRow> payments(long enrolmentId);
}
