package org.accord.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Region;
import org.accord.donor.CountryGroup;
import org.accord.donor.CountryGroups;
import org.accord.partner.PartnerService;
import org.accord.security.CurrentUser;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Paged;
import org.accord.training.persistence.FiguresMapper;
import org.accord.training.persistence.FiguresMapper.ClosedRow;
import org.accord.training.persistence.FiguresMapper.CooperationRow;
import org.accord.training.persistence.FiguresMapper.ParticipantRow;
import org.accord.training.persistence.FiguresMapper.Scope;
import org.accord.training.persistence.FiguresMapper.SessionsRow;
import org.accord.training.persistence.TrainingMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the monitoring and evaluation figures of a training cooperation, of one of its courses, or
 * of a partner's training cooperations together, from their enrolments, closures, certificates and
 * surveys: the one place they are worked out, for the API, the dashboard, the CSV and the progress
 * report alike. The agency's staff see any cooperation's, a partner's representatives their
 * partner's.
 */
@Service
public class TrainingFiguresService {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final FiguresMapper figures;
  private final TrainingMapper training;
  private final AgreementService agreements;
  private final PartnerService partnerService;
  private final CountryGroups countryGroups;
  private final FeeCategories feeCategories;
  private final CurrentUser currentUser;
  private final Map<String, Region> regions = readRegions();

  TrainingFiguresService(
      FiguresMapper figures,
      TrainingMapper training,
      AgreementService agreements,
      PartnerService partnerService,
      CountryGroups countryGroups,
      FeeCategories feeCategories,
      CurrentUser currentUser) {
    this.figures = figures;
    this.training = training;
    this.agreements = agreements;
    this.partnerService = partnerService;
    this.countryGroups = countryGroups;
    this.feeCategories = feeCategories;
    this.currentUser = currentUser;
  }

  /**
   * The figures of the agreement, or of its course when one is given, or of every training
   * cooperation of the partner summed: 400 naming {@code agreement} when neither is given or the
   * agreement is not a training cooperation, {@code partner} when both are, {@code course} for a
   * course of another agreement (or with a partner); 404 for an agreement or a partner the user may
   * not see.
   */
  @Transactional(readOnly = true)
  public TrainingFigures of(String reference, String partnerCode, Long courseId) {
    boolean byPartner = partnerCode != null && !partnerCode.isBlank();
    if (reference == null || reference.isBlank()) {
      if (!byPartner) {
        throw new InvalidInputException(
            "agreement", "is required: the agreement's reference (or a partner's code)");
      }
      if (courseId != null) {
        throw new InvalidInputException("course", "goes with an agreement, not with a partner");
      }
      return ofPartner(partnerCode.strip());
    }
    if (byPartner) {
      throw new InvalidInputException("partner", "goes without an agreement: give one of them");
    }
    Agreement agreement =
        agreements.requireVisible(
            reference.strip(),
            partner -> currentUser.isInternal() || currentUser.mayActFor(partner));
    return count(agreement, courseId);
  }

  /**
   * One page of the training cooperations' figures, newest first, whoever asks: for managers'
   * dashboard and CSV. Four queries a page: the cooperations (by type, in SQL), then their
   * participants, closed sessions' accounts and sessions at once.
   */
  @Transactional(readOnly = true)
  public List<TrainingFigures> cooperations(int page, int size) {
    Paged.check(page, size, TrainingCatalogue.MAX_PAGE_SIZE);
    List<CooperationRow> cooperations = figures.cooperations(size, page * size);
    if (cooperations.isEmpty()) {
      return List.of();
    }
    Rows rows = rows(new Scope(cooperations.stream().map(CooperationRow::id).toList(), null, null));
    Map<Long, Rows> byAgreement =
        rows.groupedBy(
            ParticipantRow::agreementId, ClosedRow::agreementId, SessionsRow::agreementId);
    return cooperations.stream()
        .map(
            cooperation ->
                figures(
                    cooperation.reference(),
                    cooperation.partnerCode(),
                    null,
                    byAgreement.getOrDefault(cooperation.id(), Rows.NONE)))
        .toList();
  }

  /**
   * The figures of every partner's training cooperations summed, by partner code, whoever asks: for
   * the CSV. Money stays in its currency: a partner's USD and EUR are two lines, never added.
   */
  @Transactional(readOnly = true)
  public List<TrainingFigures> partners() {
    return partners(figures.partners(), null);
  }

  /**
   * The same for these partners only (those of the dashboard's cooperations), in the order given:
   * three queries, whatever their number.
   */
  @Transactional(readOnly = true)
  public List<TrainingFigures> partners(Collection<String> partnerCodes) {
    List<String> codes = partnerCodes.stream().distinct().toList();
    return codes.isEmpty() ? List.of() : partners(codes, codes);
  }

  /** {@code codes}' figures, from the rows of {@code scope} (null: every partner's). */
  private List<TrainingFigures> partners(List<String> codes, Collection<String> scope) {
    Map<String, Rows> byPartner =
        rows(new Scope(null, scope, null))
            .groupedBy(
                ParticipantRow::partnerCode, ClosedRow::partnerCode, SessionsRow::partnerCode);
    return codes.stream()
        .map(code -> figures(null, code, null, byPartner.getOrDefault(code, Rows.NONE)))
        .toList();
  }

  /** The figures of the agreement, whoever asks: for its progress report. */
  @Transactional(readOnly = true)
  public TrainingFigures ofAgreement(String reference) {
    return count(agreements.require(reference), null);
  }

  private TrainingFigures ofPartner(String partnerCode) {
    if (!currentUser.isInternal() && !currentUser.mayActFor(partnerCode)) {
      throw new NotFoundException("No partner " + partnerCode);
    }
    partnerService.require(partnerCode);
    return figures(null, partnerCode, null, rows(new Scope(null, List.of(partnerCode), null)));
  }

  private TrainingFigures count(Agreement agreement, Long courseId) {
    if (agreement.type() != AgreementType.TRAINING_COOPERATION) {
      throw new InvalidInputException(
          "agreement", agreement.reference() + " is not a training cooperation");
    }
    if (courseId != null
        && training
            .course(courseId)
            .filter(course -> course.agreementId() == agreement.id())
            .isEmpty()) {
      throw new InvalidInputException(
          "course", "is not a course of " + agreement.reference() + ": " + courseId);
    }
    return figures(
        agreement.reference(),
        agreement.partnerCode(),
        courseId,
        rows(new Scope(List.of(agreement.id()), null, courseId)));
  }

  private Rows rows(Scope scope) {
    return new Rows(figures.participants(scope), figures.closed(scope), figures.sessions(scope));
  }

  /** What the figures of one cooperation, or of one partner's cooperations, are counted from. */
  private record Rows(
      List<ParticipantRow> participants, List<ClosedRow> closed, List<SessionsRow> sessions) {

    static final Rows NONE = new Rows(List.of(), List.of(), List.of());

    /** The rows split by whose they are (an agreement's id, a partner's code). */
    <K> Map<K, Rows> groupedBy(
        Function<ParticipantRow, K> ofParticipant,
        Function<ClosedRow, K> ofClosed,
        Function<SessionsRow, K> ofSessions) {
      Map<K, Rows> grouped = new HashMap<>();
      participants.forEach(row -> part(grouped, ofParticipant.apply(row)).participants().add(row));
      closed.forEach(row -> part(grouped, ofClosed.apply(row)).closed().add(row));
      sessions.forEach(row -> part(grouped, ofSessions.apply(row)).sessions().add(row));
      return grouped;
    }

    private static <K> Rows part(Map<K, Rows> grouped, K key) {
      return grouped.computeIfAbsent(
          key, absent -> new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }
  }

  private TrainingFigures figures(String reference, String partnerCode, Long courseId, Rows rows) {
    List<ParticipantRow> participants = rows.participants();
    List<ClosedRow> closed = rows.closed();
    return new TrainingFigures(
        reference,
        partnerCode,
        courseId,
        rows.sessions().stream().mapToLong(SessionsRow::sessions).sum(),
        closed.stream().mapToLong(ClosedRow::sessions).sum(),
        participants.size(),
        tally(
            participants,
            row -> regions.containsKey(row.country()) ? regions.get(row.country()).name() : "OTHER",
            names(Region.values(), "OTHER")),
        tally(participants, this::countryGroup, List.of("LDC", "SIDS", "DEVELOPING", "DEVELOPED")),
        tally(
            participants,
            row -> row.gender() == null ? Gender.NOT_STATED.name() : row.gender(),
            names(Gender.values())),
        tally(participants, ParticipantRow::organizationType, names(OrganizationType.values())),
        completion(participants),
        finances(participants, closed),
        survey(participants));
  }

  private String countryGroup(ParticipantRow row) {
    Set<CountryGroup> groups = countryGroups.of(row.country(), row.sessionStart());
    if (groups.contains(CountryGroup.LDC)) {
      return "LDC";
    }
    if (groups.contains(CountryGroup.SIDS)) {
      return "SIDS";
    }
    return feeCategories.of(row.country(), row.sessionStart()) == FeeCategory.STANDARD
        ? "DEVELOPED"
        : "DEVELOPING";
  }

  private static TrainingFigures.Completion completion(List<ParticipantRow> participants) {
    List<ParticipantRow> closed =
        participants.stream()
            .filter(row -> SessionStatus.CLOSED.name().equals(row.sessionStatus()))
            .toList();
    long completed =
        closed.stream()
            .filter(
                row ->
                    row.attendancePercent() != null
                        && Enrolment.completes(
                            row.attendancePercent(), Boolean.TRUE.equals(row.passed())))
            .count();
    long certified = closed.stream().filter(ParticipantRow::certified).count();
    return new TrainingFigures.Completion(
        closed.size(),
        completed,
        certified,
        percent(completed, closed.size()),
        percent(certified, closed.size()));
  }

  private static List<TrainingFigures.Finances> finances(
      List<ParticipantRow> participants, List<ClosedRow> closed) {
    // Several cooperations' accounts in a currency add up; currencies never do.
    Map<String, ClosedRow> byCurrency =
        closed.stream()
            .collect(
                Collectors.toMap(
                    ClosedRow::currency, Function.identity(), TrainingFiguresService::sum));
    Map<String, List<ParticipantRow>> freeSeats =
        participants.stream()
            .filter(ParticipantRow::freeSeat)
            .collect(
                Collectors.groupingBy(ParticipantRow::currency, TreeMap::new, Collectors.toList()));
    TreeMap<String, Boolean> currencies = new TreeMap<>();
    byCurrency.keySet().forEach(currency -> currencies.put(currency, true));
    freeSeats.keySet().forEach(currency -> currencies.put(currency, true));
    List<TrainingFigures.Finances> finances = new ArrayList<>();
    for (String currency : currencies.keySet()) {
      BigDecimal zero = Money.round(BigDecimal.ZERO, currency);
      ClosedRow row =
          byCurrency.getOrDefault(
              currency, new ClosedRow(0, null, currency, 0, zero, zero, zero, zero, zero, zero));
      BigDecimal costs = row.agencyCosts().add(row.partnerCosts());
      List<ParticipantRow> free = freeSeats.getOrDefault(currency, List.of());
      finances.add(
          new TrainingFigures.Finances(
              currency,
              row.sessions(),
              Money.round(row.revenue(), currency),
              Money.round(costs, currency),
              Money.round(row.agencyCosts(), currency),
              Money.round(row.partnerCosts(), currency),
              Money.round(row.revenue().subtract(costs), currency),
              costs.signum() == 0
                  ? null
                  : row.revenue().multiply(HUNDRED).divide(costs, 1, RoundingMode.HALF_EVEN),
              Money.round(row.reserveShare(), currency),
              Money.round(row.agencyShare(), currency),
              Money.round(row.partnerShare(), currency),
              free.size(),
              Money.round(
                  free.stream()
                      .map(ParticipantRow::developingFee)
                      .reduce(BigDecimal.ZERO, BigDecimal::add),
                  currency)));
    }
    return finances;
  }

  private static ClosedRow sum(ClosedRow one, ClosedRow other) {
    return new ClosedRow(
        one.agreementId(),
        one.partnerCode(),
        one.currency(),
        one.sessions() + other.sessions(),
        one.revenue().add(other.revenue()),
        one.agencyCosts().add(other.agencyCosts()),
        one.partnerCosts().add(other.partnerCosts()),
        one.reserveShare().add(other.reserveShare()),
        one.agencyShare().add(other.agencyShare()),
        one.partnerShare().add(other.partnerShare()));
  }

  private static TrainingFigures.Survey survey(List<ParticipantRow> participants) {
    List<ParticipantRow> invited = participants.stream().filter(ParticipantRow::invited).toList();
    List<ParticipantRow> answered = invited.stream().filter(row -> row.overall() != null).toList();
    Map<String, Function<ParticipantRow, Integer>> questions = new LinkedHashMap<>();
    questions.put("relevance", ParticipantRow::relevance);
    questions.put("content", ParticipantRow::content);
    questions.put("trainers", ParticipantRow::trainers);
    questions.put("organization", ParticipantRow::organization);
    questions.put("overall", ParticipantRow::overall);
    // Strings, as every decimal Accord answers: "4.50", not 4.5.
    Map<String, String> averages = new LinkedHashMap<>();
    questions.forEach(
        (question, score) ->
            averages.put(
                question,
                answered.isEmpty()
                    ? null
                    : BigDecimal.valueOf(answered.stream().mapToInt(score::apply).sum())
                        .divide(BigDecimal.valueOf(answered.size()), 2, RoundingMode.HALF_EVEN)
                        .toPlainString()));
    return new TrainingFigures.Survey(
        invited.size(), answered.size(), percent(answered.size(), invited.size()), averages);
  }

  /** Each key counted, every key of {@code keys} shown (zero when none), in that order. */
  private static Map<String, Long> tally(
      List<ParticipantRow> participants, Function<ParticipantRow, String> key, List<String> keys) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(name -> counts.put(name, 0L));
    participants.forEach(row -> counts.merge(key.apply(row), 1L, Long::sum));
    return counts;
  }

  private static List<String> names(Enum<?>[] values, String... more) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    names.addAll(List.of(more));
    return names;
  }

  private static BigDecimal percent(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
  }

  private static Map<String, Region> readRegions() {
    try {
      return new ClassPathResource("org/accord/training/itu-regions.csv")
          .getContentAsString(StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("country,") && !line.isBlank())
          .collect(
              Collectors.toUnmodifiableMap(
                  line -> line.substring(0, line.indexOf(',')),
                  line -> Region.valueOf(line.substring(line.indexOf(',') + 1).strip())));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
