package org.accord.initiative;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.accord.agreement.InitiativeCodes;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.currency.CurrencyService;
import org.accord.initiative.InitiativeInput.ActivityInput;
import org.accord.initiative.InitiativeInput.FinancialInput;
import org.accord.initiative.InitiativeInput.IndicatorInput;
import org.accord.initiative.InitiativeInput.NewInitiative;
import org.accord.initiative.InitiativeInput.ObjectiveInput;
import org.accord.initiative.InitiativeInput.SupportInput;
import org.accord.initiative.InitiativeInput.TechnicalInput;
import org.accord.initiative.InitiativeInput.WorkplanInput;
import org.accord.initiative.Workplan.Activity;
import org.accord.initiative.Workplan.Financial;
import org.accord.initiative.Workplan.Indicator;
import org.accord.initiative.Workplan.Objective;
import org.accord.initiative.Workplan.Support;
import org.accord.initiative.Workplan.Technical;
import org.accord.initiative.persistence.InitiativeMapper;
import org.accord.initiative.persistence.InitiativeMapper.InitiativeRow;
import org.accord.partner.PartnerService;
import org.accord.plan.Kpi;
import org.accord.plan.PlanService;
import org.accord.security.AuthorizationGrants;
import org.accord.security.CurrentUser;
import org.accord.security.PartnerGroups;
import org.accord.security.Roles;
import org.accord.shared.ConflictException;
import org.accord.shared.JsonRecords;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives and their workplans. Each change is checked as a whole (a 400 names every wrong field
 * and writes nothing), then written under the initiative's row lock with its line in the history:
 * the record before and after, who and when. The agency's staff see every initiative; a partner's
 * representatives only those their organization leads or is an active member of, the others are not
 * found (404).
 */
@Service
public class InitiativeService implements InitiativeCodes {

  static final String INITIATIVE = "INITIATIVE";
  static final String WORKPLAN = "WORKPLAN";

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]*");
  private static final BigDecimal MAX_PERSON_DAYS = new BigDecimal("100000");

  private final InitiativeMapper initiatives;
  private final PartnerService partners;
  private final PlanService plans;
  private final CurrencyService currencies;
  private final CurrentUser currentUser;
  private final JsonRecords json;
  private final Clock clock;

  InitiativeService(
      InitiativeMapper initiatives,
      PartnerService partners,
      PlanService plans,
      CurrencyService currencies,
      CurrentUser currentUser,
      JsonRecords json,
      Clock clock) {
    this.initiatives = initiatives;
    this.partners = partners;
    this.plans = plans;
    this.currencies = currencies;
    this.currentUser = currentUser;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return code != null && initiatives.initiative(code).isPresent();
  }

  /** The initiatives the current user may see: all of them for the agency's staff. */
  @Transactional(readOnly = true)
  public List<Initiative> visible() {
    if (currentUser.isInternal()) {
      return initiatives.initiatives().stream().map(this::initiative).toList();
    }
    List<String> own = currentUser.partnerCodes();
    return own.isEmpty()
        ? List.of()
        : initiatives.initiativesOf(own).stream().map(this::initiative).toList();
  }

  /** The initiative, if the current user may see it; 404 as if it did not exist otherwise. */
  @Transactional(readOnly = true)
  public Initiative visible(String code) {
    Initiative initiative = require(code);
    requireVisible(code);
    return initiative;
  }

  /** 404 unless the current user is the agency's or represents a partner taking part in it. */
  void requireVisible(String code) {
    if (currentUser.isInternal()) {
      return;
    }
    List<String> own = currentUser.partnerCodes();
    if (own.isEmpty() || !initiatives.takesPart(code, own)) {
      throw new NotFoundException("No initiative " + code);
    }
  }

  /** The initiative, whoever asks: for the process and the other use cases. */
  @Transactional(readOnly = true)
  public Initiative require(String code) {
    return initiatives
        .initiative(code)
        .map(this::initiative)
        .orElseThrow(() -> new NotFoundException("No initiative " + code));
  }

  /** Every change of the initiative, the newest first. */
  @Transactional(readOnly = true)
  public List<InitiativeChange> history(String code) {
    visible(code);
    return initiatives.history(code).stream()
        .map(
            row ->
                new InitiativeChange(
                    row.id(),
                    row.changedAt(),
                    row.changedBy(),
                    row.subject(),
                    json.tree(row.before()),
                    json.tree(row.after())))
        .toList();
  }

  @Transactional
  public Initiative create(NewInitiative input, String actor) {
    Violations violations = new Violations();
    String code = violations.requireText("code", input.code(), 20);
    if (code != null && !code.isBlank() && !CODE.matcher(code).matches()) {
      violations.add("code", "must be capital letters, digits, '.' and '-', such as PI-3 or AFR-1");
    } else if (code != null && !code.isBlank() && initiatives.initiative(code).isPresent()) {
      violations.add("code", "an initiative " + code + " exists already");
    }
    String title = violations.requireText("title", input.title(), 300);
    InitiativeKind kind =
        input.kind() == null
            ? violations.requirePresent("kind", null)
            : violations.requireOneOf("kind", input.kind(), InitiativeKind.class);
    String lead =
        input.lead() == null || input.lead().isBlank() ? Initiative.AGENCY : input.lead().strip();
    if (!lead.equals(Initiative.AGENCY) && partners.find(lead).isEmpty()) {
      violations.add("lead", "is neither a partner's code nor " + Initiative.AGENCY);
    }
    String leadGroup = leadGroup(violations, input.leadGroup(), lead);
    String description = violations.requireText("description", input.description(), 4000);
    List<String> countries = countries(violations, input.countries());
    Region region =
        input.region() == null || input.region().isBlank()
            ? null
            : violations.requireOneOf("region", input.region(), Region.class);
    if (kind == InitiativeKind.REGIONAL && (input.region() == null || input.region().isBlank())) {
      violations.add("region", "is required for a regional initiative");
    }
    Priority priority =
        input.priority() == null || input.priority().isBlank()
            ? null
            : violations.requireOneOf("priority", input.priority(), Priority.class);
    String plan = input.plan() == null || input.plan().isBlank() ? null : input.plan().strip();
    if (plan != null && plans.plans().stream().noneMatch(p -> p.code().equals(plan))) {
      violations.add("plan", "no plan " + plan);
    }
    Set<String> responsible = new HashSet<>(Set.of(lead));
    Workplan workplan =
        input.workplan() == null
            ? Workplan.empty()
            : workplan(violations, "workplan.", input.workplan(), responsible, lead);
    violations.throwIfAny();
    InitiativeRow row =
        new InitiativeRow(
            code,
            title,
            kind.name(),
            lead.equals(Initiative.AGENCY) ? null : lead,
            leadGroup,
            description,
            countries,
            region == null ? null : region.name(),
            priority == null ? null : priority.name(),
            plan,
            0,
            json.write(workplan),
            clock.instant(),
            actor);
    try {
      initiatives.insertInitiative(row);
    } catch (DuplicateKeyException createdAtTheSameTime) {
      throw new ConflictException(
          "Another initiative " + code + " was created at the same time; read it again");
    }
    Initiative created = initiative(row);
    record(code, actor, INITIATIVE, null, created);
    return created;
  }

  /**
   * Replaces the workplan as a whole. A version other than the one in force is refused with 409:
   * someone changed it since it was read.
   */
  @Transactional
  public Initiative putWorkplan(String code, WorkplanInput input, String actor) {
    Initiative before =
        initiatives
            .lockInitiative(code)
            .map(this::initiative)
            .orElseThrow(() -> new NotFoundException("No initiative " + code));
    if (input.version() != null && input.version() != before.workplanVersion()) {
      throw new ConflictException(
          "The workplan of %s is at version %d, not %d: someone changed it; read it again"
              .formatted(code, before.workplanVersion(), input.version()));
    }
    Violations violations = new Violations();
    Set<String> responsible = new HashSet<>(responsibleParties(before));
    Workplan workplan = workplan(violations, "", input, responsible, before.lead());
    violations.throwIfAny();
    if (workplan.equals(before.workplan())) {
      return before;
    }
    int version = before.workplanVersion() + 1;
    initiatives.updateWorkplan(code, version, json.write(workplan));
    record(code, actor, WORKPLAN, before.workplan(), workplan);
    return require(code);
  }

  /** Who may be responsible for an activity: the lead and the active members. */
  private List<String> responsibleParties(Initiative initiative) {
    List<String> parties = new ArrayList<>();
    parties.add(initiative.lead());
    initiatives.members(initiative.code()).stream()
        .filter(member -> MembershipStatus.ACTIVE.name().equals(member.status()))
        .forEach(member -> parties.add(member.partnerCode()));
    return parties;
  }

  private String leadGroup(Violations violations, String requested, String lead) {
    if (requested == null || requested.isBlank()) {
      return Roles.PARTNERSHIP_OFFICERS;
    }
    String group = requested.strip();
    boolean leadPartners = !lead.equals(Initiative.AGENCY) && group.equals(PartnerGroups.of(lead));
    if (!AuthorizationGrants.AGENCY_GROUPS.contains(group) && !leadPartners) {
      violations.add(
          "leadGroup", "must be one of the agency's groups or the lead partner's representatives");
    }
    return group;
  }

  private static List<String> countries(Violations violations, List<String> countries) {
    if (countries == null || countries.isEmpty()) {
      violations.add("countries", "needs at least one country");
      return List.of();
    }
    for (int i = 0; i < countries.size(); i++) {
      violations.requireCountry("countries[" + i + "]", countries.get(i));
    }
    return countries.stream().map(country -> country == null ? null : country.strip()).toList();
  }

  private Workplan workplan(
      Violations violations,
      String prefix,
      WorkplanInput input,
      Set<String> responsible,
      String lead) {
    List<Objective> objectives = new ArrayList<>();
    List<ObjectiveInput> given = input.objectives() == null ? List.of() : input.objectives();
    for (int o = 0; o < given.size(); o++) {
      String at = prefix + "objectives[" + o + "]";
      ObjectiveInput objective = given.get(o);
      if (objective == null) {
        violations.add(at, "must not be empty");
        continue;
      }
      String text = violations.requireText(at + ".objective", objective.objective(), 1000);
      List<ActivityInput> activities =
          objective.activities() == null ? List.of() : objective.activities();
      if (activities.isEmpty()) {
        violations.add(at + ".activities", "needs at least one activity");
      }
      List<Activity> checked = new ArrayList<>();
      for (int a = 0; a < activities.size(); a++) {
        String code = (o + 1) + "." + (a + 1);
        checked.add(
            activity(
                violations,
                at + ".activities[" + a + "]",
                code,
                activities.get(a),
                responsible,
                lead));
      }
      objectives.add(new Objective(text, checked));
    }
    return new Workplan(objectives);
  }

  private Activity activity(
      Violations violations,
      String at,
      String code,
      ActivityInput input,
      Set<String> responsible,
      String lead) {
    if (input == null) {
      violations.add(at, "must not be empty");
      return null;
    }
    String description = violations.requireText(at + ".description", input.description(), 1000);
    violations.requirePresent(at + ".start", input.start());
    violations.requirePresent(at + ".end", input.end());
    if (input.start() != null && input.end() != null && input.end().isBefore(input.start())) {
      violations.add(at + ".end", "must not be before start " + input.start());
    }
    String party = violations.requireText(at + ".responsible", input.responsible(), 20);
    if (party != null && !party.isBlank() && !responsible.contains(party)) {
      violations.add(
          at + ".responsible",
          "'"
              + party
              + "' is not a member of the initiative (the lead, "
              + lead
              + ", or an active member)");
    }
    List<Indicator> indicators = new ArrayList<>();
    List<IndicatorInput> given = input.indicators() == null ? List.of() : input.indicators();
    for (int i = 0; i < given.size(); i++) {
      indicators.add(indicator(violations, at + ".indicators[" + i + "]", given.get(i)));
    }
    List<String> outputs = new ArrayList<>();
    List<String> outputsGiven = input.outputs() == null ? List.of() : input.outputs();
    for (int i = 0; i < outputsGiven.size(); i++) {
      outputs.add(violations.requireText(at + ".outputs[" + i + "]", outputsGiven.get(i), 300));
    }
    return new Activity(
        code,
        description,
        input.start(),
        input.end(),
        indicators,
        party,
        outputs,
        support(violations, at + ".support", input.support()));
  }

  private Indicator indicator(Violations violations, String at, IndicatorInput input) {
    if (input == null) {
      violations.add(at, "must not be empty");
      return null;
    }
    String name = violations.requireText(at + ".name", input.name(), 300);
    String unit = violations.requireText(at + ".unit", input.unit(), 40);
    BigDecimal target = violations.requirePresent(at + ".target", input.target());
    if (target != null && target.signum() < 0) {
      violations.add(at + ".target", "must not be negative");
    }
    String planCode = blankToNull(input.planCode());
    String kpiCode = blankToNull(input.kpiCode());
    if ((planCode == null) != (kpiCode == null)) {
      violations.add(
          at + (planCode == null ? ".planCode" : ".kpiCode"),
          "is required with " + (planCode == null ? "kpiCode" : "planCode"));
    } else if (planCode != null) {
      linkedKpi(violations, at, planCode, kpiCode);
    }
    return new Indicator(name, unit, target, planCode, kpiCode);
  }

  private void linkedKpi(Violations violations, String at, String planCode, String kpiCode) {
    List<Kpi> kpis;
    try {
      kpis = plans.kpis(planCode, null);
    } catch (NotFoundException noPlan) {
      violations.add(at + ".planCode", "no plan " + planCode);
      return;
    }
    if (kpis.stream().noneMatch(kpi -> kpi.code().equals(kpiCode))) {
      violations.add(at + ".kpiCode", "plan " + planCode + " has no KPI " + kpiCode);
    }
  }

  private Support support(Violations violations, String at, SupportInput input) {
    List<Financial> financial = new ArrayList<>();
    List<Technical> technical = new ArrayList<>();
    if (input != null) {
      List<FinancialInput> money = input.financial() == null ? List.of() : input.financial();
      for (int i = 0; i < money.size(); i++) {
        String field = at + ".financial[" + i + "]";
        FinancialInput need = money.get(i);
        if (need == null) {
          violations.add(field, "must not be empty");
          continue;
        }
        BigDecimal amount =
            currencies.requireMoney(
                violations, field + ".amount", need.amount(), field + ".currency", need.currency());
        String purpose = blankToNull(need.purpose());
        if (purpose != null) {
          violations.requireText(field + ".purpose", purpose, 300);
        }
        financial.add(
            new Financial(
                amount, need.currency() == null ? null : need.currency().strip(), purpose));
      }
      List<TechnicalInput> expertise = input.technical() == null ? List.of() : input.technical();
      for (int i = 0; i < expertise.size(); i++) {
        String field = at + ".technical[" + i + "]";
        TechnicalInput need = expertise.get(i);
        if (need == null) {
          violations.add(field, "must not be empty");
          continue;
        }
        String topic = violations.requireText(field + ".topic", need.topic(), 200);
        technical.add(
            new Technical(topic, personDays(violations, field + ".personDays", need.personDays())));
      }
    }
    return new Support(financial, technical);
  }

  /** Person-days: more than none, in halves of a day at most, below 100,000. */
  static BigDecimal personDays(Violations violations, String field, BigDecimal days) {
    if (days == null) {
      violations.add(field, "is required");
    } else if (days.signum() <= 0) {
      violations.add(field, "must be greater than zero");
    } else if (days.stripTrailingZeros().scale() > 1) {
      violations.add(field, "must have at most one decimal place");
    } else if (days.compareTo(MAX_PERSON_DAYS) >= 0) {
      violations.add(field, "must be less than 100,000");
    } else {
      return days;
    }
    return null;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Initiative initiative(InitiativeRow row) {
    return new Initiative(
        row.code(),
        row.title(),
        InitiativeKind.valueOf(row.kind()),
        row.leadPartnerCode() == null ? Initiative.AGENCY : row.leadPartnerCode(),
        row.leadGroup(),
        row.description(),
        row.countries(),
        row.region() == null ? null : Region.valueOf(row.region()),
        row.priority() == null ? null : Priority.valueOf(row.priority()),
        row.planCode(),
        row.workplanVersion(),
        json.read(row.workplan(), Workplan.class),
        row.createdAt(),
        row.createdBy());
  }

  private void record(String code, String actor, String subject, Object before, Object after) {
    initiatives.insertChange(
        code, clock.instant(), actor, subject, json.write(before), json.write(after));
  }
}
