package org.accord.metrics.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.accord.metrics.AcceptedActual;
import org.accord.reporting.Rating;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Rates the actuals accepted before indicator standings were kept (V13), by the rule in Java that
 * rates them from now on. The query is this migration's own, as it stood then.
 */
@Component
public class V14__RateAcceptedActuals extends BaseJavaMigration {

  private static final int BATCH = 1000;

  private static final String LATEST_ACCEPTED_ACTUALS =
      """
      select latest.agreement_id, latest.indicator_code, i.measure, i.baseline, i.target,
             a.start_date, a.end_date, latest.ends_on, latest.value, latest.rating
        from (select distinct on (p.agreement_id, ia.indicator_code)
                     p.agreement_id, ia.indicator_code, ia.value, ia.rating, p.ends_on
                from indicator_actual ia
                join progress_report r on r.id = ia.report_id
                join reporting_period p on p.id = r.period_id
               where r.decision = 'ACCEPT'
               order by p.agreement_id, ia.indicator_code, p.number desc, r.revision desc) latest
        join agreement a on a.id = latest.agreement_id
        join objective o on o.agreement_id = a.id
        join indicator i on i.objective_id = o.id
                        and (o.position + 1) || '.' || (i.position + 1) = latest.indicator_code
      """;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement read = connection.prepareStatement(LATEST_ACCEPTED_ACTUALS);
        PreparedStatement write =
            connection.prepareStatement(
                "insert into indicator_standing (agreement_id, indicator_code, rating)"
                    + " values (?, ?, ?)")) {
      // Read in pages: a million actuals do not fit the driver's default of reading them all.
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          Rating standing = actualOf(rows).standing();
          if (standing != null) {
            write.setLong(1, rows.getLong("agreement_id"));
            write.setString(2, rows.getString("indicator_code"));
            write.setString(3, standing.name());
            write.addBatch();
            if (++pending == BATCH) {
              write.executeBatch();
              pending = 0;
            }
          }
        }
      }
      write.executeBatch();
    }
  }

  private static AcceptedActual actualOf(ResultSet row) throws SQLException {
    return new AcceptedActual(
        row.getString("indicator_code"),
        row.getString("measure"),
        row.getBigDecimal("baseline"),
        row.getBigDecimal("target"),
        row.getObject("start_date", LocalDate.class),
        row.getObject("end_date", LocalDate.class),
        row.getObject("ends_on", LocalDate.class),
        row.getBigDecimal("value"),
        row.getString("rating"));
  }
}
