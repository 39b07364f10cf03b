package org.accord.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.shared.Csv;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring figures of every training cooperation as a CSV a spreadsheet opens as it is
 * ({@link Csv}), one figure a line (agreement, partner, figure, key, currency, value), so that a
 * pivot table regroups them any way: the same figures as {@code GET /api/training/figures}. Each
 * cooperation's lines come first, then each partner's, summed over its cooperations, with an empty
 * reference.
 */
@Component
public class TrainingFiguresCsv {

  private static final List<String> HEADER =
      List.of("reference", "partner", "figure", "key", "currency", "value");

  /** Cooperations counted a page at a time, so the export never holds every one at once. */
  private static final int PAGE = 100;

  private final TrainingFiguresService figures;

  TrainingFiguresCsv(TrainingFiguresService figures) {
    this.figures = figures;
  }

  @Transactional(readOnly = true)
  public void export(OutputStream out) throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Csv.start(csv);
    Csv.line(csv, HEADER);
    List<TrainingFigures> page;
    int number = 0;
    do {
      page = figures.cooperations(number++, PAGE);
      write(csv, page);
    } while (page.size() == PAGE);
    write(csv, figures.partners());
    csv.flush();
  }

  private static void write(Writer csv, List<TrainingFigures> figures) throws IOException {
    for (TrainingFigures one : figures) {
      for (List<String> line : lines(one)) {
        Csv.line(csv, line);
      }
    }
  }

  static List<List<String>> lines(TrainingFigures figures) {
    Lines lines = new Lines(figures.agreement(), figures.partnerCode());
    lines.add("sessions", "", "", figures.sessions());
    lines.add("closed_sessions", "", "", figures.closedSessions());
    lines.add("participants", "", "", figures.participants());
    lines.addAll("participants_by_region", figures.byRegion());
    lines.addAll("participants_by_country_group", figures.byCountryGroup());
    lines.addAll("participants_by_gender", figures.byGender());
    lines.addAll("participants_by_organization_type", figures.byOrganizationType());
    TrainingFigures.Completion completion = figures.completion();
    lines.add("participants_of_closed_sessions", "", "", completion.participants());
    lines.add("completed", "", "", completion.completed());
    lines.add("certified", "", "", completion.certified());
    lines.add("completion_rate_percent", "", "", completion.completionRate());
    lines.add("certification_rate_percent", "", "", completion.certificationRate());
    for (TrainingFigures.Finances money : figures.finances()) {
      String currency = money.currency();
      lines.add("revenue", "", currency, money.revenue());
      lines.add("costs", "", currency, money.costs());
      lines.add("agency_costs", "", currency, money.agencyCosts());
      lines.add("partner_costs", "", currency, money.partnerCosts());
      lines.add("surplus", "", currency, money.surplus());
      lines.add("cost_recovery_percent", "", currency, money.costRecovery());
      lines.add("reserve_share", "", currency, money.reserveShare());
      lines.add("agency_share", "", currency, money.agencyShare());
      lines.add("partner_share", "", currency, money.partnerShare());
      lines.add("free_seats", "", currency, money.freeSeats());
      lines.add("free_seat_value", "", currency, money.freeSeatValue());
    }
    TrainingFigures.Survey survey = figures.survey();
    lines.add("survey_invited", "", "", survey.invited());
    lines.add("survey_answered", "", "", survey.answered());
    lines.add("survey_response_rate_percent", "", "", survey.responseRate());
    lines.addAll("survey_average", survey.averages());
    return lines.all;
  }

  private static final class Lines {
    private final String reference;
    private final String partner;
    private final List<List<String>> all = new ArrayList<>();

    Lines(String reference, String partner) {
      this.reference = reference == null ? "" : reference;
      this.partner = partner;
    }

    void add(String figure, String key, String currency, Object value) {
      String text =
          value == null
              ? ""
              : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
      all.add(List.of(reference, partner, figure, key, currency, text));
    }

    void addAll(String figure, Map<String, ?> values) {
      values.forEach((key, value) -> add(figure, key, "", value));
    }
  }
}
