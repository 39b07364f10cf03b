package org.accord.plan;

/** A plan period: {@code BAP-2026}, "Baku Action Plan 2026–2029", 2026 to 2029. */
public record Plan(String code, String title, int firstYear, int lastYear) {

  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear;
  }
}
