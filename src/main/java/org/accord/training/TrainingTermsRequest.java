package org.accord.training;

import java.util.List;

/**
 * The cooperation terms as {@code PUT /api/agreements/{ref}/training-terms} and an amendment take
 * them: every amount and percentage a decimal string, every choice an enum name, the whole terms
 * each time (they replace the current ones).
 */
public record TrainingTermsRequest(
    List<CourseEntry> courses,
    FeesEntry fees,
    RevenueShareEntry revenueShare,
    List<CostEntry> costs,
    List<String> recognition) {

  /** {@code deliveredBy}: AGENCY, PARTNER or JOINT. */
  public record CourseEntry(String title, String topic, String deliveredBy) {}

  /** In {@code currency} (ISO 4217), per participant. */
  public record FeesEntry(String currency, String standard, String developing) {}

  /** Percentages: {@code agency} + {@code partner} = 100; {@code reserve} taken first. */
  public record RevenueShareEntry(String agency, String partner, String reserve) {}

  /** {@code borneBy}: AGENCY, PARTNER or SHARED, the last with the agency's {@code agencyShare}. */
  public record CostEntry(String item, String borneBy, String agencyShare) {}
}
