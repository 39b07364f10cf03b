package org.accord.initiative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.currency.CurrencyService;
import org.accord.funds.Receipt;
import org.accord.funds.Receipts;
import org.accord.initiative.InitiativeGaps.ActivityGap;
import org.accord.initiative.InitiativeGaps.AgreementFunding;
import org.accord.initiative.InitiativeGaps.Totals;
import org.accord.initiative.Workplan.Activity;
import org.accord.initiative.Workplan.Financial;
import org.accord.initiative.Workplan.Technical;
import org.accord.initiative.persistence.InitiativeMapper;
import org.accord.initiative.persistence.InitiativeMapper.CommitmentRow;
import org.accord.initiative.persistence.InitiativeMapper.MemberRow;
import org.accord.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link InitiativeGaps}. Everyone who may see the initiative sees its figures; a
 * partner's representatives see in the list of agreements only their own organization's.
 */
@Service
public class InitiativeGapsService {

  /** An agreement has signed its money once its MoU is signed by both. */
  private static final Set<AgreementStatus> SIGNED =
      Set.of(AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED, AgreementStatus.CLOSED);

  private final InitiativeService initiatives;
  private final InitiativeMapper rows;
  private final AgreementService agreements;
  private final Receipts receipts;
  private final CurrencyService currencies;
  private final CurrentUser currentUser;

  InitiativeGapsService(
      InitiativeService initiatives,
      InitiativeMapper rows,
      AgreementService agreements,
      Receipts receipts,
      CurrencyService currencies,
      CurrentUser currentUser) {
    this.initiatives = initiatives;
    this.rows = rows;
    this.agreements = agreements;
    this.receipts = receipts;
    this.currencies = currencies;
    this.currentUser = currentUser;
  }

  @Transactional(readOnly = true)
  public InitiativeGaps gaps(String code) {
    Initiative initiative = initiatives.visible(code);
    Map<Long, String> active = new HashMap<>();
    Map<Long, String> delivering = new HashMap<>();
    for (MemberRow member : rows.members(code)) {
      if (MembershipStatus.ACTIVE.name().equals(member.status())) {
        active.put(member.id(), member.partnerCode());
      }
      if (!MembershipStatus.REQUESTED.name().equals(member.status())
          && !MembershipStatus.REFUSED.name().equals(member.status())) {
        delivering.put(member.id(), member.partnerCode());
      }
    }
    Map<String, Pool> byMember = new HashMap<>();
    Pool committed = new Pool();
    Pool delivered = new Pool();
    for (CommitmentRow commitment : rows.commitments(code)) {
      if (active.containsKey(commitment.memberId())) {
        Pool pool = byMember.computeIfAbsent(active.get(commitment.memberId()), p -> new Pool());
        pool.add(usd(commitment.amount(), commitment.currency()), commitment.personDays());
        committed.add(usd(commitment.amount(), commitment.currency()), commitment.personDays());
      }
      if (delivering.containsKey(commitment.memberId())) {
        delivered.add(
            usd(commitment.deliveredAmount(), commitment.currency()),
            commitment.deliveredPersonDays());
      }
    }
    List<AgreementFunding> funding = new ArrayList<>();
    BigDecimal signed = BigDecimal.ZERO;
    BigDecimal received = BigDecimal.ZERO;
    List<String> shownOnly = currentUser.isInternal() ? null : currentUser.partnerCodes();
    for (Agreement agreement : agreements.ofInitiative(code)) {
      boolean isSigned = SIGNED.contains(agreement.status());
      BigDecimal in =
          receipts.list(agreement.reference()).stream()
              .filter(receipt -> !receipt.isReversed())
              .map(Receipt::amountUsd)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (isSigned) {
        signed = signed.add(agreement.amountUsd());
      }
      received = received.add(in);
      if (shownOnly == null || shownOnly.contains(agreement.partnerCode())) {
        funding.add(
            new AgreementFunding(
                agreement.reference(),
                agreement.partnerCode(),
                agreement.status().name(),
                isSigned,
                agreement.amountUsd(),
                in));
      }
    }

    List<Activity> activities = initiative.workplan().activities().toList();
    List<Pool> needs = activities.stream().map(this::needs).toList();
    List<Pool> byResponsible = new ArrayList<>();
    for (int i = 0; i < activities.size(); i++) {
      Pool own = byMember.getOrDefault(activities.get(i).responsible(), new Pool());
      byResponsible.add(own.take(needs.get(i)));
    }
    Pool others = new Pool();
    others.add(signed, BigDecimal.ZERO);
    byMember.values().forEach(pool -> others.add(pool.usd, pool.personDays));
    List<ActivityGap> gaps = new ArrayList<>();
    Pool needed = new Pool();
    Pool gap = new Pool();
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      Pool need = needs.get(i);
      Pool left = need.minus(byResponsible.get(i));
      Pool met = others.take(left);
      Pool lacking = left.minus(met);
      needed.add(need.usd, need.personDays);
      gap.add(lacking.usd, lacking.personDays);
      gaps.add(
          new ActivityGap(
              activity.code(),
              activity.description(),
              activity.responsible(),
              need.totals(),
              byResponsible.get(i).totals(),
              met.totals(),
              lacking.totals()));
    }
    return new InitiativeGaps(
        code,
        gaps,
        needed.totals(),
        committed.totals(),
        delivered.totals(),
        signed,
        received,
        funding,
        gap.totals(),
        others.totals());
  }

  private Pool needs(Activity activity) {
    Pool need = new Pool();
    for (Financial financial : activity.support().financial()) {
      need.add(usd(financial.amount(), financial.currency()), null);
    }
    for (Technical technical : activity.support().technical()) {
      need.add(null, technical.personDays());
    }
    return need;
  }

  private BigDecimal usd(BigDecimal amount, String currency) {
    return amount == null || currency == null ? null : currencies.toUsd(amount, currency);
  }

  /** Dollars and person-days, taken from as needs are met. */
  private static final class Pool {
    private BigDecimal usd = BigDecimal.ZERO;
    private BigDecimal personDays = BigDecimal.ZERO;

    void add(BigDecimal moreUsd, BigDecimal moreDays) {
      usd = moreUsd == null ? usd : usd.add(moreUsd);
      personDays = moreDays == null ? personDays : personDays.add(moreDays);
    }

    /** As much of the need as the pool holds, taken out of it. */
    Pool take(Pool need) {
      Pool taken = new Pool();
      taken.usd = usd.min(need.usd);
      taken.personDays = personDays.min(need.personDays);
      usd = usd.subtract(taken.usd);
      personDays = personDays.subtract(taken.personDays);
      return taken;
    }

    Pool minus(Pool other) {
      Pool rest = new Pool();
      rest.usd = usd.subtract(other.usd);
      rest.personDays = personDays.subtract(other.personDays);
      return rest;
    }

    Totals totals() {
      return new Totals(
          usd.setScale(2),
          personDays.stripTrailingZeros().scale() < 0
              ? personDays.setScale(0)
              : personDays.stripTrailingZeros());
    }
  }
}
